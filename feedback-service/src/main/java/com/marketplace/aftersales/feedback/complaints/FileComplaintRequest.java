package com.marketplace.aftersales.feedback.complaints;

import com.marketplace.aftersales.contracts.event.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/cases/{caseId}/complaints}.
 *
 * @param channel where in the app the customer complained (optional; the case page by default)
 */
record FileComplaintRequest(@NotBlank @Size(max = FileComplaintRequest.TEXT_MAX_LENGTH) String text,
                            Channel channel) {

    static final int TEXT_MAX_LENGTH = 2000;
}
