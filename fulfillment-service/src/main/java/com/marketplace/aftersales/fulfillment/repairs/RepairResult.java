package com.marketplace.aftersales.fulfillment.repairs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** The answer of {@code POST /api/v1/merchant/cases/{caseId}/repair}. */
@Schema(description = "Where the repair stands now")
record RepairResult(
        @Schema(description = "The case's id", format = "uuid", example = "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10")
        UUID caseId,
        @Schema(description = "Fulfillment's status of the case: REPAIRING, or REPAIR_COMPLETED once delivered",
                example = "REPAIRING")
        String status,
        @Schema(description = "The repair's stage", example = "REPAIRING")
        String stage) {
}
