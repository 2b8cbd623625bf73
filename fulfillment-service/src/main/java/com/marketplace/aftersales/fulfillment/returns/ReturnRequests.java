package com.marketplace.aftersales.fulfillment.returns;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the return steps' API (never table rows). */
final class ReturnRequests {

    private ReturnRequests() {
    }

    /** {@code POST /api/v1/cases/{caseId}/return-shipment} */
    @Schema(description = "How the customer shipped the return")
    record ReturnShipment(
            @NotNull @Pattern(regexp = "^[A-Z0-9]{2,10}$", message = "must be 2 to 10 capital letters or digits")
            @Schema(description = "The carrier's code", example = "SF", pattern = "^[A-Z0-9]{2,10}$",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String carrier,
            @NotNull @Pattern(regexp = "^[A-Za-z0-9-]{6,30}$", message = "must be 6 to 30 letters, digits or dashes")
            @Schema(description = "The carrier's waybill number", example = "SF1234567890",
                    pattern = "^[A-Za-z0-9-]{6,30}$", requiredMode = Schema.RequiredMode.REQUIRED)
            String waybillNo) {
    }

    /** {@code POST /api/v1/warehouse/cases/{caseId}/receipt}; the body is optional. */
    @Schema(description = "The confirmation of receipt; the body and its note are optional")
    record Receipt(
            @Size(max = 1000) @Schema(description = "What the receiver noticed", example = "Box intact",
                    maxLength = 1000)
            String note) {
    }

    /** {@code POST /api/v1/merchant/cases/{caseId}/inspection} */
    @Schema(description = "The merchant's verdict on the returned goods")
    record Inspection(
            @NotNull @Schema(description = "Whether the goods passed inspection", example = "PASSED",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            Verdict result,
            @Size(max = 1000) @Schema(description = "What the inspection found", example = "As described, unused",
                    maxLength = 1000)
            String note) {
    }

    enum Verdict {
        PASSED,
        FAILED
    }
}
