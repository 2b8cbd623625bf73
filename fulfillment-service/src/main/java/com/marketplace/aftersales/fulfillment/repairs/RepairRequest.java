package com.marketplace.aftersales.fulfillment.repairs;

import com.marketplace.aftersales.contracts.fulfillment.RepairStage;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/merchant/cases/{caseId}/repair}: the stage the repair reached. */
@Schema(description = "The stage the repair reached; stages only move forward")
record RepairRequest(
        @NotNull @Schema(description = "RECEIVED (the item arrived for repair), REPAIRING, REPAIRED, SHIPPED_BACK,"
                + " DELIVERED (back with the customer; resolves the case)", example = "REPAIRING",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Stage stage,
        @Size(max = 1000) @Schema(description = "What the repair centre wants the customer to know",
                example = "Replacing the charging port", maxLength = 1000)
        String note) {

    /**
     * The stages a merchant records. The customer's shipment to the repair ({@code SHIPPED_BY_CUSTOMER}) is recorded
     * with the return shipment, not here.
     */
    enum Stage {
        RECEIVED,
        REPAIRING,
        REPAIRED,
        SHIPPED_BACK,
        DELIVERED;

        RepairStage toRepairStage() {
            return RepairStage.valueOf(name());
        }
    }
}
