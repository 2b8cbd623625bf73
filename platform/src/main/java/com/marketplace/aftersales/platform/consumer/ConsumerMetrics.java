package com.marketplace.aftersales.platform.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** What consumers did with records: {@code aftersales.consumer.*}. */
class ConsumerMetrics {

    private final MeterRegistry registry;

    ConsumerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void applied(String topic, String type) {
        count("aftersales.consumer.applied", topic, type, "Events applied to the service's state");
    }

    void duplicate(String topic, String type) {
        count("aftersales.consumer.duplicates", topic, type, "Redelivered events skipped by the inbox");
    }

    void skipped(String topic, String type) {
        count("aftersales.consumer.skipped", topic, type, "Events of types this service does not handle");
    }

    void deadLettered(String topic) {
        Counter.builder("aftersales.consumer.dead.lettered").tag("topic", topic)
                .description("Records sent to the service's dead-letter topic").register(registry).increment();
    }

    private void count(String name, String topic, String type, String description) {
        Counter.builder(name).tag("topic", topic).tag("type", type).description(description)
                .register(registry).increment();
    }
}
