package com.marketplace.aftersales.intake.review;

import com.marketplace.aftersales.intake.web.TextRules;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/cases/{caseId}/info}: the customer's answer. */
@Schema(name = "InfoRequest", description = "The customer's answer to a request for more information")
record InfoRequest(
        @Schema(description = "The answer (no control characters but tab and line breaks)",
                example = "A sharper photo is attached.")
        @NotBlank @Size(min = 1, max = TextRules.MAX_TEXT)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        String text) {
}
