package com.marketplace.aftersales.platform;

import com.marketplace.aftersales.contracts.Component;

/**
 * Which component of the catalogue this process is, from {@code spring.application.name}. Decides the topics it may
 * write, its consumer group, its inbox and its dead-letter topic.
 */
public record ServiceIdentity(Component component) {

    public String name() {
        return component.serviceName();
    }
}
