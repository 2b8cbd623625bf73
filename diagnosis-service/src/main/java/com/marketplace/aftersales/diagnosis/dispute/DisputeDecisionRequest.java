package com.marketplace.aftersales.diagnosis.dispute;

import com.marketplace.aftersales.diagnosis.web.MoneyInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/agent/cases/{caseId}/dispute/decision}.
 *
 * @param advancePayout only with CUSTOMER: the platform pays this first (先行赔付) instead of the proposed remedy
 * @param refundAmount  only with SPLIT: the partial refund; without it, the configured share of the full refund
 */
@Schema(description = "The platform's arbitration of a dispute between customer and merchant")
record DisputeDecisionRequest(
        @NotNull @Schema(description = "In whose favour") OutcomeInput outcome,
        @Valid @Schema(description = "Only with outcome CUSTOMER: the platform pays the customer this amount first"
                + " (先行赔付) and recovers it from the merchant; at most what was paid for the order line")
        MoneyInput advancePayout,
        @Valid @Schema(description = "Only with outcome SPLIT: the partial refund, at most what was paid for the"
                + " order line; without it, half (configurable) of the refund the customer asked for")
        MoneyInput refundAmount,
        @NotBlank @Size(max = 1000) @Schema(description = "The reasoning, for the case's record", maxLength = 1000)
        String note) {
}
