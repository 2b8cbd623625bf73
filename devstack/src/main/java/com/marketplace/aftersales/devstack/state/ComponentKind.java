package com.marketplace.aftersales.devstack.state;

public enum ComponentKind {
    /** PostgreSQL and Kafka; Kafka runs inside the runner, PostgreSQL as its own server process. */
    INFRASTRUCTURE,
    /** Stand-ins for other teams' systems, inside the runner. */
    SIMULATOR,
    /** A service of the suite, each its own process. */
    SERVICE
}
