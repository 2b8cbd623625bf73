package com.marketplace.aftersales.fulfillment.refunds;

import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** {@code POST /api/v1/finance/cases/{caseId}/refund-route}: where the failed payment goes now. */
@Schema(description = "The route finance agreed with the customer for the payment the provider refused")
record RefundRouteRequest(
        @NotNull @Schema(description = "ORIGINAL: the original payment account; BALANCE: the marketplace balance;"
                + " COUPON: a coupon", example = "BALANCE", requiredMode = Schema.RequiredMode.REQUIRED)
        Route route) {

    /** The routes a caller may choose (the contract's enum also has UNKNOWN, for readers of newer events). */
    enum Route {
        ORIGINAL,
        BALANCE,
        COUPON;

        RefundRoute toRefundRoute() {
            return RefundRoute.valueOf(name());
        }
    }
}
