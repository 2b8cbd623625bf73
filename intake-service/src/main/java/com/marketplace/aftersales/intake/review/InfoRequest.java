package com.marketplace.aftersales.intake.review;

import com.marketplace.aftersales.intake.web.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/cases/{caseId}/info}: the customer's answer. */
record InfoRequest(
        @NotBlank @Size(max = TextRules.MAX_TEXT) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        String text) {
}
