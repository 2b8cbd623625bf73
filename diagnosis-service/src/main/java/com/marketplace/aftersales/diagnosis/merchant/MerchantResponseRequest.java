package com.marketplace.aftersales.diagnosis.merchant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/merchant/cases/{caseId}/response}.
 *
 * @param reason why; required to reject, optional to accept
 */
record MerchantResponseRequest(@NotNull MerchantAnswer decision, @Size(max = 1000) String reason) {
}
