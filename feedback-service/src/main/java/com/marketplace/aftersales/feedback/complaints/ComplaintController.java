package com.marketplace.aftersales.feedback.complaints;

import static com.marketplace.aftersales.feedback.cases.CaseApiDocs.PROBLEM;
import static com.marketplace.aftersales.feedback.cases.CaseApiDocs.PROBLEM_JSON;

import com.marketplace.aftersales.feedback.cases.CaseApiDocs;
import com.marketplace.aftersales.feedback.cases.CaseIds;
import com.marketplace.aftersales.feedback.cases.CustomerCases;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class ComplaintController {

    private final ComplaintService complaints;

    ComplaintController(ComplaintService complaints) {
        this.complaints = complaints;
    }

    /** The customer complains about how their case is (or was) handled. */
    @Operation(operationId = "feedbackFileComplaint", tags = "Complaints",
            summary = "Complain about the handling of a case",
            description = "Role CUSTOMER, on the customer's own case (another's, or one not known, is 404), at any"
                    + " stage, also after it closed. Publishes ComplaintFiled, which starts the 48-hour complaint"
                    + " clock. Honours Idempotency-Key.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = FileComplaintRequest.class),
                            examples = @ExampleObject(name = "stuck",
                                    value = "{\"text\": \"Nobody has looked at my case for three days\"}"))))
    @ApiResponse(responseCode = "201", description = "Filed",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ComplaintAccepted.class),
                    examples = @ExampleObject(name = "filed",
                            value = "{\"complaintId\": \"9b1d4f2a-7c3e-4a8b-b6d0-1e5f3a7c9d21\"}")))
    @ApiResponse(responseCode = "404", description = CaseApiDocs.NOT_FOUND,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "413", description = CaseApiDocs.TOO_LARGE,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "415", description = CaseApiDocs.NOT_JSON,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "422", description = CaseApiDocs.KEY_REUSED,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @PostMapping("/api/v1/cases/{caseId}/complaints")
    Mono<ResponseEntity<ComplaintAccepted>> file(
            @Parameter(description = CaseApiDocs.CASE_ID, example = CaseIds.EXAMPLE,
                    schema = @Schema(type = "string", format = "uuid")) @PathVariable String caseId,
            @Valid @RequestBody FileComplaintRequest request,
            @Parameter(description = CaseApiDocs.IDEMPOTENCY_KEY, example = "complaint-3f2c8a4e-1",
                    schema = @Schema(type = "string", minLength = 1, maxLength = 255))
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        return CustomerCases.currentCustomer()
                .flatMap(customer -> complaints.file(CaseIds.parse(caseId), request, customer, idempotencyKey));
    }
}
