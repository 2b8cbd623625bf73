package com.marketplace.aftersales.contracts.diagnosis;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import java.util.UUID;

/** The problem was classified; the proposed remedy follows the category's rules until a remedy is decided. */
public record CaseDiagnosed(UUID caseId, ProblemCategory category, Priority priority, Remedy proposedRemedy, String note, Actor actor) implements CaseEvent {
}
