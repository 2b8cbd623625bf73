package com.marketplace.aftersales.contracts.diagnosis;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

/** The risk team cleared a flagged case; automatic handling resumes. */
public record RiskCleared(UUID caseId, String note, Actor actor) implements CaseEvent {
}
