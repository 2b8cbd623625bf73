package com.marketplace.aftersales.diagnosis.dispute;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.marketplace.aftersales.diagnosis.web.MoneyOutput;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** The answer to an arbitration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The arbitration as recorded")
record DisputeDecisionRecorded(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID caseId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OutcomeInput outcome,
        @Schema(description = "The remedy decided, when one was (absent for MERCHANT, or while compensation awaits"
                + " approval)", allowableValues = {"RETURN_REFUND", "REFUND_ONLY", "EXCHANGE", "REPAIR", "RESHIP",
                "COMPENSATION", "PARTIAL_REFUND"}) String remedy,
        @Schema(description = "The advance payout or partial refund, when the remedy has one") MoneyOutput amount,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Diagnosis' stage of the case afterwards: REMEDY_DECIDED, CLOSED (decided for the"
                + " merchant), AWAITING_SUPERVISOR (an advance payout above the agent's limit) or AWAITING_AGENT"
                + " (compensation without an amount)",
                allowableValues = {"REMEDY_DECIDED", "CLOSED", "AWAITING_SUPERVISOR", "AWAITING_AGENT",
                        "AWAITING_MERCHANT"}) String status) {
}
