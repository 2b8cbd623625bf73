package com.marketplace.aftersales.fulfillment.replacements;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code POST /api/v1/merchant/cases/{caseId}/reshipment}: how the merchant shipped the replacement. */
@Schema(description = "How the merchant shipped the replacement")
record ReshipmentRequest(
        @NotNull @Pattern(regexp = "^[A-Z0-9]{2,10}$", message = "must be 2 to 10 capital letters or digits")
        @Schema(description = "The carrier's code", example = "SF", pattern = "^[A-Z0-9]{2,10}$",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String carrier,
        @NotNull @Pattern(regexp = "^[A-Za-z0-9-]{6,30}$", message = "must be 6 to 30 letters, digits or dashes")
        @Schema(description = "The carrier's waybill number", example = "SF9876543210",
                pattern = "^[A-Za-z0-9-]{6,30}$", requiredMode = Schema.RequiredMode.REQUIRED)
        String waybillNo) {
}
