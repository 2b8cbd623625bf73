package com.marketplace.aftersales.diagnosis.merchant;

import java.util.UUID;

/** The answer to a recorded merchant response. */
record MerchantResponseRecorded(UUID caseId, MerchantAnswer decision) {
}
