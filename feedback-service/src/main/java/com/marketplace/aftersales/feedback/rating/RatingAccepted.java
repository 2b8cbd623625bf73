package com.marketplace.aftersales.feedback.rating;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** The answer to a rating: the case is closed with it. */
@Schema(name = "RatingAccepted", description = "The rating was recorded and closed the case")
record RatingAccepted(
        @Schema(description = "The case", example = "3f2c8a4e-5b7d-4c1e-9a0f-2d6b8e4c7a15",
                requiredMode = Schema.RequiredMode.REQUIRED) UUID caseId,
        @Schema(description = "The rating given", example = "4", minimum = "1", maximum = "5",
                requiredMode = Schema.RequiredMode.REQUIRED) int rating,
        @Schema(description = "The case's status now", example = "CLOSED", allowableValues = "CLOSED",
                requiredMode = Schema.RequiredMode.REQUIRED) String status) {
}
