package com.marketplace.aftersales.diagnosis.riskreview;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** The answer to a risk decision. */
@Schema(description = "The risk decision as recorded")
record RiskDecisionRecorded(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID caseId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RiskDecisionInput decision,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Diagnosis' stage of the case afterwards: where automatic handling went after CLEAR"
                + " (AWAITING_MERCHANT, REMEDY_DECIDED, AWAITING_AGENT), CLOSED after BLOCK",
                allowableValues = {"AWAITING_MERCHANT", "REMEDY_DECIDED", "AWAITING_AGENT", "AWAITING_SUPERVISOR",
                        "CLOSED"}) String status) {
}
