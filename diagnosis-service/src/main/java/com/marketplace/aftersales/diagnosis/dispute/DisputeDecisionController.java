package com.marketplace.aftersales.diagnosis.dispute;

import static com.marketplace.aftersales.diagnosis.web.ApiDocs.PROBLEM;
import static com.marketplace.aftersales.diagnosis.web.ApiDocs.PROBLEM_JSON;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.diagnosis.cases.Arbitration;
import com.marketplace.aftersales.diagnosis.cases.DiagnosisCase;
import com.marketplace.aftersales.diagnosis.cases.DiagnosisStatus;
import com.marketplace.aftersales.diagnosis.web.ApiDocs;
import com.marketplace.aftersales.diagnosis.web.MoneyInput;
import com.marketplace.aftersales.diagnosis.web.MoneyOutput;
import com.marketplace.aftersales.diagnosis.web.RequestInputs;
import com.marketplace.aftersales.diagnosis.web.StaffActors;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
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

/** The platform's arbitration (维权) of a case the merchant rejected. */
@RestController
class DisputeDecisionController {

    private static final Logger log = LoggerFactory.getLogger(DisputeDecisionController.class);
    static final String PATH = "/api/v1/agent/cases/{caseId}/dispute/decision";

    private final DisputeDecisions disputes;
    private final IdempotentRequests idempotent;

    DisputeDecisionController(DisputeDecisions disputes, IdempotentRequests idempotent) {
        this.disputes = disputes;
        this.idempotent = idempotent;
    }

    @Operation(operationId = "diagnosisDecideDispute", tags = ApiDocs.TAG_DISPUTE,
            summary = "Arbitrate a dispute between customer and merchant",
            description = """
                    Roles AGENT or SUPERVISOR, on a case in dispute (else 409 with currentStatus). Publishes \
                    DisputeDecided, then: CUSTOMER — RemedyDecided with the proposed remedy; with advancePayout the \
                    platform pays that amount first (先行赔付) as the remedy COMPENSATION (no return), bounded by the \
                    line paid and approved like compensation (an agent up to 20.00 CNY, above it the case awaits a \
                    supervisor). SPLIT — RemedyDecided(PARTIAL_REFUND) with refundAmount, or half the refund asked \
                    for. MERCHANT — the request is refused: DisputeDecided(MERCHANT) is the closing event, no remedy. \
                    An amount above what was paid is a 422 naming the field. Honours Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = DisputeDecisionRequest.class),
                    examples = {
                            @ExampleObject(name = "customer", value = """
                                    {"outcome": "CUSTOMER", "note": "Photos show the defect before use"}"""),
                            @ExampleObject(name = "advancePayout", value = """
                                    {"outcome": "CUSTOMER", "advancePayout": {"amount": "18.00", "currency": "CNY"}, \
                                    "note": "Merchant unreachable; the platform pays first"}"""),
                            @ExampleObject(name = "split", value = """
                                    {"outcome": "SPLIT", "refundAmount": {"amount": "40.00", "currency": "CNY"}, \
                                    "note": "Both share the responsibility"}""")})),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The arbitration is recorded", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = DisputeDecisionRecorded.class),
                            examples = @ExampleObject(value = """
                                    {"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10", "outcome": "SPLIT", \
                                    "remedy": "PARTIAL_REFUND", "amount": {"amount": "40.00", "currency": "CNY"}, \
                                    "status": "REMEDY_DECIDED"}"""))),
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
    Mono<ResponseEntity<DisputeDecisionRecorded>> decide(
            @Parameter(description = ApiDocs.CASE_ID, schema = @Schema(type = "string", format = "uuid"))
            @PathVariable String caseId,
            @Valid @RequestBody DisputeDecisionRequest request,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, schema = @Schema(type = "string", maxLength = 255))
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        UUID id = RequestInputs.caseId(caseId);
        Arbitration arbitration = arbitrationOf(request);
        return RequestInputs.caller().flatMap(caller -> {
            Actor staff = StaffActors.of(caller, ActorRole.SUPERVISOR, ActorRole.AGENT);
            String fingerprint = idempotent.fingerprint("POST", "/api/v1/agent/cases/" + id + "/dispute/decision",
                    request);
            return idempotent.execute(caller.id(), idempotencyKey, fingerprint, DisputeDecisionRecorded.class,
                    () -> disputes.decide(id, arbitration, staff)
                            .map(saved -> ResponseEntity.ok(recorded(id, request.outcome(), saved))))
                    .doOnSuccess(response -> {
                        try (MDC.MDCCloseable ignored = MDC.putCloseable("caseId", id.toString())) {
                            log.info("{} {} decided the dispute for {}", staff.role(), staff.id(), request.outcome());
                        }
                    });
        });
    }

    private static DisputeDecisionRecorded recorded(UUID caseId, OutcomeInput outcome, DiagnosisCase saved) {
        boolean decided = saved.status() == DiagnosisStatus.REMEDY_DECIDED;
        Remedy remedy = saved.proposedRemedy();
        boolean hasAmount = remedy == Remedy.PARTIAL_REFUND || remedy == Remedy.COMPENSATION;
        return new DisputeDecisionRecorded(caseId, outcome, decided ? remedy.name() : null,
                decided && hasAmount ? MoneyOutput.of(saved.proposedAmount()) : null, saved.status().name());
    }

    /** The cross-field rules of the body: each amount belongs to one outcome. */
    private static Arbitration arbitrationOf(DisputeDecisionRequest request) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        if (request.advancePayout() != null && request.outcome() != OutcomeInput.CUSTOMER) {
            errors.add(new ApiProblem.FieldError("advancePayout", "is only allowed with outcome CUSTOMER"));
        }
        if (request.refundAmount() != null && request.outcome() != OutcomeInput.SPLIT) {
            errors.add(new ApiProblem.FieldError("refundAmount", "is only allowed with outcome SPLIT"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new Arbitration(request.outcome().toOutcome(), MoneyInput.toMoney(request.advancePayout()),
                MoneyInput.toMoney(request.refundAmount()), request.note());
    }
}
