package com.marketplace.aftersales.feedback.rating;

import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.feedback.cases.Rating;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/cases/{caseId}/feedback}.
 *
 * @param channel where in the app the customer rated (optional; the case page by default)
 */
@Schema(name = "RateCaseRequest", description = "The customer's rating of a resolved case")
record RateCaseRequest(
        @Schema(description = "1 (worst) to 5 (best); 1 or 2 is a negative review and opens a follow-up",
                example = "4", minimum = "1", maximum = "5", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Min(Rating.LOWEST) @Max(Rating.HIGHEST) Integer rating,
        @Schema(description = "What the customer says about efficiency, resolution and attitude; blank counts as none",
                example = "Refund arrived the same day", maxLength = Rating.COMMENT_MAX_LENGTH)
        @Size(max = Rating.COMMENT_MAX_LENGTH) String comment,
        @Schema(description = "Where in the app the customer rated; PERSONAL_CENTRE (the case page) if absent",
                example = "PERSONAL_CENTRE", allowableValues = {"ORDER_DETAIL", "PERSONAL_CENTRE", "SERVICE_ENTRY"})
        Channel channel) {
}
