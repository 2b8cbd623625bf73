package com.marketplace.aftersales.intake.cases;

import java.util.UUID;
import org.springframework.http.ResponseEntity;

/** The answer to a command on a case: the case's status in intake after it ({@code 200}). */
public record CaseStatusResponse(UUID caseId, String status) {

    public static ResponseEntity<CaseStatusResponse> ok(AfterSalesCase after) {
        return ResponseEntity.ok(new CaseStatusResponse(after.id(), after.status().name()));
    }
}
