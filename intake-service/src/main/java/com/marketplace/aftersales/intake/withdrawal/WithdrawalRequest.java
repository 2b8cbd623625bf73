package com.marketplace.aftersales.intake.withdrawal;

import com.marketplace.aftersales.intake.web.TextRules;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The optional body of {@code POST /api/v1/cases/{caseId}/withdraw}: why, if the customer says. */
@Schema(name = "WithdrawalRequest", description = "Why the customer withdraws, if they say")
record WithdrawalRequest(
        @Schema(description = "The customer's reason (no control characters but tab and line breaks)",
                example = "Found it in another box.")
        @Size(max = TextRules.MAX_REASON) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        String reason) {

    static final WithdrawalRequest NO_REASON = new WithdrawalRequest(null);
}
