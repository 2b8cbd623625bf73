package com.marketplace.aftersales.fulfillment.web;

import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** Where the case stands after a step, as fulfillment sees it (never a table row). */
@Schema(description = "The case after the step, as fulfillment sees it")
public record CaseStepResult(
        @Schema(description = "The case's id", format = "uuid", example = "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10")
        UUID caseId,
        @Schema(description = "Fulfillment's status of the case (the app shows the status case-view projects)",
                example = "RETURN_IN_TRANSIT")
        String status) {

    public static CaseStepResult of(FulfillmentCase saved) {
        return new CaseStepResult(saved.caseId(), saved.status().name());
    }
}
