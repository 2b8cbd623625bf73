package com.marketplace.aftersales.feedback.complaints;

import com.marketplace.aftersales.contracts.event.Channel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/cases/{caseId}/complaints}.
 *
 * @param channel where in the app the customer complained (optional; the case page by default)
 */
@Schema(name = "FileComplaintRequest", description = "A customer's complaint about the handling of their case")
record FileComplaintRequest(
        @Schema(description = "The complaint, not blank", example = "Nobody has looked at my case for three days",
                minLength = 1, maxLength = FileComplaintRequest.TEXT_MAX_LENGTH,
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(min = 1, max = FileComplaintRequest.TEXT_MAX_LENGTH) String text,
        @Schema(description = "Where in the app the customer complained; PERSONAL_CENTRE (the case page) if absent",
                example = "PERSONAL_CENTRE", allowableValues = {"ORDER_DETAIL", "PERSONAL_CENTRE", "SERVICE_ENTRY"})
        Channel channel) {

    static final int TEXT_MAX_LENGTH = 2000;
}
