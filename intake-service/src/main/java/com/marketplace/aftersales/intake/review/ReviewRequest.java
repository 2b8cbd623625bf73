package com.marketplace.aftersales.intake.review;

import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.intake.web.AllowedValues;
import com.marketplace.aftersales.intake.web.TextRules;
import com.marketplace.aftersales.platform.web.ApiProblem;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/agent/cases/{caseId}/review}. */
record ReviewRequest(
        @NotNull @AllowedValues({"APPROVED", "NEEDS_MORE_INFO", "NOT_APPLICABLE"})
        ReviewDecision decision,
        @Pattern(regexp = TextRules.REASON_CODE, message = TextRules.REASON_CODE_MESSAGE)
        String reasonCode,
        @Size(max = TextRules.MAX_TEXT) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        String note) {

    /** A rejection or a request for information tells the customer why: the reason code is then required. */
    void requireReasonWhereNeeded() {
        if (decision != ReviewDecision.APPROVED && reasonCode == null) {
            throw ApiProblem.invalid("reasonCode", "is required when the decision is " + decision);
        }
    }
}
