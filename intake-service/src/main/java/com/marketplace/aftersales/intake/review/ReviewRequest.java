package com.marketplace.aftersales.intake.review;

import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.intake.web.AllowedValues;
import com.marketplace.aftersales.intake.web.TextRules;
import com.marketplace.aftersales.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/agent/cases/{caseId}/review}. */
@Schema(name = "ReviewRequest", description = "An agent's decision on a submitted request")
record ReviewRequest(
        @Schema(description = "APPROVED passes the case on to diagnosis; NEEDS_MORE_INFO asks the customer (the case"
                + " comes back after their answer); NOT_APPLICABLE rejects it and frees the order line",
                example = "APPROVED")
        @NotNull @AllowedValues({"APPROVED", "NEEDS_MORE_INFO", "NOT_APPLICABLE"})
        ReviewDecision decision,
        @Schema(description = "Why, from the review catalogue; required for NEEDS_MORE_INFO and NOT_APPLICABLE",
                example = "PHOTO_UNCLEAR", maxLength = 64)
        @Pattern(regexp = TextRules.REASON_CODE, message = TextRules.REASON_CODE_MESSAGE)
        String reasonCode,
        @Schema(description = "A note for the case's record (no control characters but tab and line breaks)",
                example = "The photo shows the defect.")
        @Size(max = TextRules.MAX_TEXT) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        String note) {

    /** A rejection or a request for information tells the customer why: the reason code is then required. */
    void requireReasonWhereNeeded() {
        if (decision != ReviewDecision.APPROVED && reasonCode == null) {
            throw ApiProblem.invalid("reasonCode", "is required when the decision is " + decision);
        }
    }
}
