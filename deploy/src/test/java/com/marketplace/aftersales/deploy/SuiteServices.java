package com.marketplace.aftersales.deploy;

import java.util.List;
import java.util.Optional;

/** The suite's services as the deployment knows them: name (= module = spring.application.name), port, database. */
record SuiteServices(String name, int port, Optional<String> database) {

    static final List<SuiteServices> ALL = List.of(
            new SuiteServices("gateway", 8080, Optional.empty()),
            new SuiteServices("intake-service", 8081, Optional.of("intake")),
            new SuiteServices("diagnosis-service", 8082, Optional.of("diagnosis")),
            new SuiteServices("fulfillment-service", 8083, Optional.of("fulfillment")),
            new SuiteServices("feedback-service", 8084, Optional.of("feedback")),
            new SuiteServices("sla-monitor", 8085, Optional.empty()),
            new SuiteServices("case-view", 8086, Optional.of("case_view")));

    static SuiteServices named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    /** The Secret holding the database role's username and password (Kubernetes). */
    Optional<String> databaseSecret() {
        return database.map(db -> "aftersales-db-" + db.replace('_', '-'));
    }

    /** The services whose dead-letter topic and consumer group exist: all but the gateway. */
    boolean consumes() {
        return !name.equals("gateway");
    }
}
