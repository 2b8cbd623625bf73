package com.marketplace.aftersales.diagnosis.merchant;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** The answer to a recorded merchant response. */
@Schema(description = "The merchant's answer as recorded")
record MerchantResponseRecorded(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID caseId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) MerchantAnswer decision) {
}
