package com.marketplace.aftersales.diagnosis.riskreview;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.marketplace.aftersales.diagnosis.cases.DiagnosisCase;
import com.marketplace.aftersales.diagnosis.web.MoneyOutput;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case in the risk team's queue: what it asks for, and why it was flagged. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A case awaiting the risk team's decision")
record FlaggedCase(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID caseId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "AS-20261122-000042") String serviceNo,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String customerId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String merchantId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String orderId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String orderLineId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"RETURN_REFUND", "REFUND_ONLY", "EXCHANGE", "REPAIR", "COMPENSATION"})
        String serviceType,
        @Schema(allowableValues = {"QUALITY_DEFECT", "LOGISTICS", "NOT_AS_DESCRIBED", "WRONG_ITEM", "MISSING_PARTS",
                "CHANGED_MIND"}) String category,
        @Schema(allowableValues = {"LOW", "NORMAL", "HIGH", "URGENT"}) String priority,
        @Schema(description = "What the customer asked for, when they named an amount") MoneyOutput requestedAmount,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What was paid for the order line")
        MoneyOutput linePaid,
        String handlerId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Why it was flagged: a code (REFUND_FREQUENCY, EVIDENCE_REUSED), a colon, the detail")
        List<String> reasons,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "When it was flagged") Instant flaggedAt) {

    static FlaggedCase of(DiagnosisCase flagged, Instant flaggedAt) {
        return new FlaggedCase(flagged.caseId(), flagged.facts().serviceNo(), flagged.facts().customerId(),
                flagged.facts().merchantId(), flagged.facts().orderId(), flagged.facts().orderLineId(),
                flagged.facts().serviceType().name(), flagged.category() == null ? null : flagged.category().name(),
                flagged.priority() == null ? null : flagged.priority().name(),
                MoneyOutput.of(flagged.facts().requestedAmount()), MoneyOutput.of(flagged.facts().linePaid()),
                flagged.handlerId(), flagged.riskReasons(), flaggedAt);
    }
}
