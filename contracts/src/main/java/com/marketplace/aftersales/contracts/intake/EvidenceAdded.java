package com.marketplace.aftersales.contracts.intake;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.UUID;

public record EvidenceAdded(UUID caseId, EvidenceRef evidence, Actor actor) implements CaseEvent {
}
