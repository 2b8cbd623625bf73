package com.marketplace.aftersales.diagnosis.override;

import com.marketplace.aftersales.diagnosis.web.MoneyInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/agent/cases/{caseId}/diagnosis}.
 *
 * @param compensation the payout; required with, and only with, remedy COMPENSATION
 * @param refundAmount the partial refund; required with, and only with, remedy PARTIAL_REFUND
 */
@Schema(description = "An agent's own classification and remedy")
record OverrideRequest(
        @NotNull @Schema(description = "The problem category") CategoryInput category,
        @NotNull @Schema(description = "The remedy the agent decides") RemedyInput remedy,
        @Valid @Schema(description = "Required with, and only with, remedy COMPENSATION; at most the configured share"
                + " (30 %) of what was paid for the order line") MoneyInput compensation,
        @Valid @Schema(description = "Required with, and only with, remedy PARTIAL_REFUND; at most what was paid"
                + " for the order line") MoneyInput refundAmount,
        @Size(max = 1000) @Schema(description = "Why, for the case's record", maxLength = 1000) String note) {
}
