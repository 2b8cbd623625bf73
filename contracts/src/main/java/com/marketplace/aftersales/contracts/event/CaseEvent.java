package com.marketplace.aftersales.contracts.event;

import java.util.UUID;

/**
 * An event about one after-sales case. The case id is the Kafka key on every lifecycle topic, and the actor
 * says who caused it, so every consumer can audit and enforce ownership without another lookup.
 */
public interface CaseEvent {

    UUID caseId();

    Actor actor();
}
