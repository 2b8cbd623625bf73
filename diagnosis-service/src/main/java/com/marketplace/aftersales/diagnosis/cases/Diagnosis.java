package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;

/** The outcome of classifying an approved request: what the problem is, how urgent, and the remedy proposed. */
public record Diagnosis(ProblemCategory category, Priority priority, Remedy proposedRemedy, String note) {
}
