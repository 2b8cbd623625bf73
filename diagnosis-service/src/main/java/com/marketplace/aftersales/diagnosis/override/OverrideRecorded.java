package com.marketplace.aftersales.diagnosis.override;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.marketplace.aftersales.diagnosis.web.MoneyOutput;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** The answer to an override: what the case now is and where it stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The override as recorded")
record OverrideRecorded(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID caseId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) CategoryInput category,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RemedyInput remedy,
        @Schema(description = "The payout or partial refund, when the remedy has one") MoneyOutput amount,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Diagnosis' stage of the case afterwards: REMEDY_DECIDED when the override decided the"
                + " remedy; AWAITING_SUPERVISOR when compensation above the agent's limit awaits approval;"
                + " AWAITING_MERCHANT, IN_DISPUTE or RISK_REVIEW when the merchant, the arbitration or the risk team"
                + " still decides first",
                allowableValues = {"RISK_REVIEW", "AWAITING_MERCHANT", "IN_DISPUTE", "AWAITING_AGENT",
                        "AWAITING_SUPERVISOR", "REMEDY_DECIDED"}) String status) {
}
