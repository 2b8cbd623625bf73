package com.marketplace.aftersales.fulfillment.refunds;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** The answer of {@code POST /api/v1/finance/cases/{caseId}/refund-route}. */
@Schema(description = "The payment was ordered again on the chosen route")
record RefundRouteResult(
        @Schema(description = "The case's id", format = "uuid", example = "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10")
        UUID caseId,
        @Schema(description = "Fulfillment's status of the case: REFUND_PENDING or COMPENSATION_PENDING (or"
                + " REFUND_BLOCKED when the order line no longer has room for the amount)", example = "REFUND_PENDING")
        String status,
        @Schema(description = "The route the payment goes now", example = "BALANCE")
        String route) {
}
