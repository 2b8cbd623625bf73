package com.marketplace.aftersales.contracts;

/**
 * Everything that writes to a topic of the catalogue. The services of the suite, plus the orders team,
 * which owns {@code commerce.orders.v1} and whose events the suite only reads.
 */
public enum Component {
    INTAKE_SERVICE("intake-service"),
    DIAGNOSIS_SERVICE("diagnosis-service"),
    FULFILLMENT_SERVICE("fulfillment-service"),
    FEEDBACK_SERVICE("feedback-service"),
    SLA_MONITOR("sla-monitor"),
    CASE_VIEW("case-view"),
    GATEWAY("gateway"),
    ORDERS_TEAM("orders");

    private final String serviceName;

    Component(String serviceName) {
        this.serviceName = serviceName;
    }

    /** The name used for the Spring application, the consumer group, the database and the DLT. */
    public String serviceName() {
        return serviceName;
    }

    /** The CloudEvents {@code source} attribute of events this component writes. */
    public String eventSource() {
        return "/aftersales/" + serviceName;
    }

    public static Component byServiceName(String name) {
        for (Component component : values()) {
            if (component.serviceName.equals(name)) {
                return component;
            }
        }
        throw new IllegalArgumentException("No component is named '" + name + "'");
    }
}
