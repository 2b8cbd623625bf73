package com.marketplace.aftersales.devstack.status;

import com.marketplace.aftersales.devstack.state.ComponentRecord;

/** One line of {@code status}: a component and whether it is up (its process alive and its health check passing). */
record ComponentStatus(ComponentRecord component, boolean up) {

    static final String FORMAT = "%-20s pid %-8d port %-6d %s";

    String line() {
        return String.format(FORMAT, component.name(), component.pid(), component.port(), up ? "UP" : "DOWN");
    }
}
