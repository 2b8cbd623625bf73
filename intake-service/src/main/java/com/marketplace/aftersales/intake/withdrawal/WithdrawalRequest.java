package com.marketplace.aftersales.intake.withdrawal;

import com.marketplace.aftersales.intake.web.TextRules;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The optional body of {@code POST /api/v1/cases/{caseId}/withdraw}: why, if the customer says. */
record WithdrawalRequest(
        @Size(max = 500) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        String reason) {

    static final WithdrawalRequest NO_REASON = new WithdrawalRequest(null);
}
