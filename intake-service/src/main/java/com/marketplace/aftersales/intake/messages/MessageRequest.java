package com.marketplace.aftersales.intake.messages;

import com.marketplace.aftersales.intake.web.TextRules;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Schema(name = "MessageRequest", description = "A message in the case's conversation")
record MessageRequest(
        @Schema(description = "The message (no control characters but tab and line breaks)",
                example = "When will you pick it up?")
        @NotBlank @Size(min = 1, max = TextRules.MAX_TEXT)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        String text) {
}
