package com.marketplace.aftersales.intake.messages;

import com.marketplace.aftersales.intake.web.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record MessageRequest(
        @NotBlank @Size(max = TextRules.MAX_TEXT) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        String text) {
}
