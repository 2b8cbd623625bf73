package com.marketplace.aftersales.diagnosis.riskreview;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/risk/cases/{caseId}/decision}. */
@Schema(description = "The risk team's decision on a flagged case")
record RiskDecisionRequest(
        @NotNull @Schema(description = "CLEAR resumes automatic handling; BLOCK ends the case for diagnosis")
        RiskDecisionInput decision,
        @NotBlank @Size(max = 1000) @Schema(description = "The reasoning, for the case's record", maxLength = 1000)
        String note) {
}
