package com.marketplace.aftersales.diagnosis.merchant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/merchant/cases/{caseId}/response}.
 *
 * @param reason why; required to reject, optional to accept
 */
@Schema(description = "The merchant's answer to a verification request")
record MerchantResponseRequest(
        @NotNull @Schema(description = "ACCEPT decides the proposed remedy; REJECT opens a dispute")
        MerchantAnswer decision,
        @Size(max = 1000) @Schema(description = "Why; required to reject", maxLength = 1000) String reason) {
}
