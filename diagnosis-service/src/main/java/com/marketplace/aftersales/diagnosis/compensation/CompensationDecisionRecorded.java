package com.marketplace.aftersales.diagnosis.compensation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.marketplace.aftersales.diagnosis.web.MoneyOutput;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** The answer to a compensation approval. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The supervisor's decision as recorded")
record CompensationDecisionRecorded(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID caseId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean approved,
        @Schema(description = "The amount approved; absent when refused") MoneyOutput amount,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Diagnosis' stage of the case afterwards: REMEDY_DECIDED when approved, AWAITING_AGENT"
                + " when refused (the handler decides another remedy or a smaller amount)",
                allowableValues = {"REMEDY_DECIDED", "AWAITING_AGENT"}) String status) {
}
