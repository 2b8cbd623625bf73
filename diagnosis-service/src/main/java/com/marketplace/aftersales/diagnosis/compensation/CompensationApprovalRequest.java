package com.marketplace.aftersales.diagnosis.compensation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/agent/cases/{caseId}/compensation/approval}. */
@Schema(description = "A supervisor's answer to compensation above the agent's limit")
record CompensationApprovalRequest(
        @NotNull @Schema(description = "true approves the proposed amount, false refuses it") Boolean approve,
        @Size(max = 1000) @Schema(description = "Why, for the case's record", maxLength = 1000) String note) {
}
