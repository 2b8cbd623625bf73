package com.marketplace.aftersales.contracts.diagnosis;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Remedy;
import java.util.UUID;

/** The merchant is asked to verify the problem; silence until the deadline counts as acceptance. */
public record MerchantVerificationRequested(UUID caseId, String merchantId, Remedy proposedRemedy, Actor actor) implements CaseEvent {
}
