package com.marketplace.aftersales.feedback.complaints;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

@Schema(name = "ComplaintAccepted", description = "The complaint was filed; the 48-hour handling clock runs from now")
record ComplaintAccepted(
        @Schema(description = "The complaint's id", example = "9b1d4f2a-7c3e-4a8b-b6d0-1e5f3a7c9d21",
                requiredMode = Schema.RequiredMode.REQUIRED) UUID complaintId) {
}
