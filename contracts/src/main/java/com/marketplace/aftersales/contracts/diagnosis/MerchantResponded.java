package com.marketplace.aftersales.contracts.diagnosis;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/**
 * The merchant's answer to a verification request.
 *
 * @param byDeadline true when the platform accepted on the merchant's behalf because the response deadline passed
 */
public record MerchantResponded(UUID caseId, MerchantDecision decision, String reason, boolean byDeadline, Actor actor)
        implements CaseEvent {
}
