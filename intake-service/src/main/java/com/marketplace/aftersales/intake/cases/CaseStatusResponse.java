package com.marketplace.aftersales.intake.cases;

import com.marketplace.aftersales.intake.web.ApiDocs;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.springframework.http.ResponseEntity;

/** The answer to a command on a case: the case's status in intake after it ({@code 200}). */
@Schema(name = "IntakeCaseStatus", description = "The case's status in intake after the command")
public record CaseStatusResponse(
        @Schema(description = "The case", format = "uuid", example = ApiDocs.EXAMPLE_CASE_ID,
                requiredMode = Schema.RequiredMode.REQUIRED)
        UUID caseId,
        @Schema(description = "Intake's status of the case (what the app shows is case-view's status)",
                example = "APPROVED", requiredMode = Schema.RequiredMode.REQUIRED)
        IntakeStatus status) {

    public static ResponseEntity<CaseStatusResponse> ok(AfterSalesCase after) {
        return ResponseEntity.ok(new CaseStatusResponse(after.id(), after.status()));
    }
}
