package com.marketplace.aftersales.feedback.rating;

import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.feedback.cases.Rating;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/cases/{caseId}/feedback}.
 *
 * @param channel where in the app the customer rated (optional; the case page by default)
 */
record RateCaseRequest(
        @NotNull @Min(Rating.LOWEST) @Max(Rating.HIGHEST) Integer rating,
        @Size(max = Rating.COMMENT_MAX_LENGTH) String comment,
        Channel channel) {
}
