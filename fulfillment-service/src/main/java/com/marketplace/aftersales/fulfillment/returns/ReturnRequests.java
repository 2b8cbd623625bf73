package com.marketplace.aftersales.fulfillment.returns;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The bodies of the return steps' API and its answer (never a table row). */
final class ReturnRequests {

    private ReturnRequests() {
    }

    /** {@code POST /api/v1/cases/{caseId}/return-shipment} */
    record ReturnShipment(
            @NotNull @Pattern(regexp = "[A-Z0-9]{2,10}", message = "must be 2 to 10 capital letters or digits")
            String carrier,
            @NotNull @Pattern(regexp = "[A-Za-z0-9-]{6,30}", message = "must be 6 to 30 letters, digits or dashes")
            String waybillNo) {
    }

    /** {@code POST /api/v1/warehouse/cases/{caseId}/receipt}; the body is optional. */
    record Receipt(@Size(max = 1000) String note) {
    }

    /** {@code POST /api/v1/merchant/cases/{caseId}/inspection} */
    record Inspection(@NotNull Verdict result, @Size(max = 1000) String note) {
    }

    enum Verdict {
        PASSED,
        FAILED
    }

    /** Where the case stands after the step, as fulfillment sees it. */
    record StepResult(UUID caseId, String status) {
    }
}
