package com.marketplace.aftersales.diagnosis.compensation;

import static com.marketplace.aftersales.diagnosis.web.ApiDocs.PROBLEM;
import static com.marketplace.aftersales.diagnosis.web.ApiDocs.PROBLEM_JSON;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.diagnosis.web.ApiDocs;
import com.marketplace.aftersales.diagnosis.web.RequestInputs;
import com.marketplace.aftersales.diagnosis.web.StaffActors;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A supervisor's approval (or refusal) of compensation above the agent's limit. */
@RestController
class CompensationApprovalController {

    private static final Logger log = LoggerFactory.getLogger(CompensationApprovalController.class);
    static final String PATH = "/api/v1/agent/cases/{caseId}/compensation/approval";

    private final CompensationApprovals approvals;
    private final IdempotentRequests idempotent;

    CompensationApprovalController(CompensationApprovals approvals, IdempotentRequests idempotent) {
        this.approvals = approvals;
        this.idempotent = idempotent;
    }

    @Operation(operationId = "diagnosisDecideCompensation", tags = ApiDocs.TAG_COMPENSATION,
            summary = "Approve or refuse compensation above the agent's limit",
            description = """
                    Role SUPERVISOR (an agent is 403), on a case whose compensation awaits a supervisor (else 409 \
                    with currentStatus). Approval publishes CompensationApproved (approvedByRole SUPERVISOR) and \
                    RemedyDecided (COMPENSATION with the amount). A refusal publishes nothing: the refusal is \
                    recorded and the case goes back to its handler (AWAITING_AGENT), who decides another remedy or a \
                    smaller amount with an override. Honours Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = CompensationApprovalRequest.class),
                    examples = {
                            @ExampleObject(name = "approve", value = """
                                    {"approve": true, "note": "Long-standing customer, visible defect"}"""),
                            @ExampleObject(name = "refuse", value = """
                                    {"approve": false, "note": "Offer an exchange instead"}""")})),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The decision is recorded", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = CompensationDecisionRecorded.class),
                            examples = @ExampleObject(value = """
                                    {"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10", "approved": true, \
                                    "amount": {"amount": "35.00", "currency": "CNY"}, "status": "REMEDY_DECIDED"}"""))),
                    @ApiResponse(responseCode = "404", description = ApiDocs.NOT_FOUND, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "409", description = ApiDocs.CONFLICT, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "413", description = ApiDocs.TOO_LARGE, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "415", description = ApiDocs.UNSUPPORTED, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "422", description = ApiDocs.UNPROCESSABLE, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))})
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<CompensationDecisionRecorded>> decide(
            @Parameter(description = ApiDocs.CASE_ID, schema = @Schema(type = "string", format = "uuid"))
            @PathVariable String caseId,
            @Valid @RequestBody CompensationApprovalRequest request,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, schema = @Schema(type = "string", maxLength = 255))
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        UUID id = RequestInputs.caseId(caseId);
        return RequestInputs.caller().flatMap(caller -> {
            Actor supervisor = StaffActors.of(caller, ActorRole.SUPERVISOR);
            String fingerprint = idempotent.fingerprint("POST",
                    "/api/v1/agent/cases/" + id + "/compensation/approval", request);
            return idempotent.execute(caller.id(), idempotencyKey, fingerprint, CompensationDecisionRecorded.class,
                    () -> approvals.decide(id, request.approve(), request.note(), supervisor).map(ResponseEntity::ok))
                    .doOnSuccess(response -> {
                        try (MDC.MDCCloseable ignored = MDC.putCloseable("caseId", id.toString())) {
                            log.info("Supervisor {} {} the compensation", supervisor.id(),
                                    request.approve() ? "approved" : "refused");
                        }
                    });
        });
    }
}
