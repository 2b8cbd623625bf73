package com.marketplace.aftersales.contracts.diagnosis;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import java.util.UUID;

/** The platform's arbitration. {@code advancePayout} is paid first by the platform and recovered from the merchant. */
public record DisputeDecided(UUID caseId, DisputeOutcome outcome, Money advancePayout, String note, Actor actor)
        implements CaseEvent {
}
