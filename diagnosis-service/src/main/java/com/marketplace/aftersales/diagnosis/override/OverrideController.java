package com.marketplace.aftersales.diagnosis.override;

import static com.marketplace.aftersales.diagnosis.web.ApiDocs.PROBLEM;
import static com.marketplace.aftersales.diagnosis.web.ApiDocs.PROBLEM_JSON;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.diagnosis.cases.StaffDiagnosis;
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

/** An agent's (or supervisor's) override of a case's classification and remedy. */
@RestController
class OverrideController {

    private static final Logger log = LoggerFactory.getLogger(OverrideController.class);
    static final String PATH = "/api/v1/agent/cases/{caseId}/diagnosis";

    private final Overrides overrides;
    private final IdempotentRequests idempotent;

    OverrideController(Overrides overrides, IdempotentRequests idempotent) {
        this.overrides = overrides;
        this.idempotent = idempotent;
    }

    @Operation(operationId = "diagnosisOverrideDiagnosis", tags = ApiDocs.TAG_OVERRIDE,
            summary = "Override a case's classification and remedy",
            description = """
                    Roles AGENT or SUPERVISOR, on any case whose remedy is still open: under risk review, awaiting the \
                    merchant, in dispute, awaiting the handler or a supervisor (else 409 with currentStatus; a case \
                    not yet approved is NEW). Publishes CaseDiagnosed with the caller as actor. The remedy is decided \
                    at once (RemedyDecided) unless something still decides first: the risk team, the arbitration of a \
                    dispute, the merchant for a quality or not-as-described claim (an override to another category \
                    withdraws the verification request). Compensation is capped at 30 % of the line paid (422 \
                    naming compensation.amount); an agent approves up to 20.00 CNY (CompensationApproved, role \
                    AGENT), above it the case awaits a supervisor, whose own override approves it. Limits are \
                    configuration. Honours Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = OverrideRequest.class),
                    examples = {
                            @ExampleObject(name = "compensation", summary = "Compensation within the agent's limit",
                                    value = """
                                            {"category": "NOT_AS_DESCRIBED", "remedy": "COMPENSATION", \
                                            "compensation": {"amount": "15.00", "currency": "CNY"}, \
                                            "note": "Colour differs slightly; the customer keeps the item"}"""),
                            @ExampleObject(name = "reship", summary = "A lost parcel is reshipped",
                                    value = """
                                            {"category": "LOGISTICS", "remedy": "RESHIP", \
                                            "note": "Carrier confirms the parcel is lost"}""")})),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The override is recorded", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = OverrideRecorded.class),
                            examples = @ExampleObject(value = """
                                    {"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10", \
                                    "category": "NOT_AS_DESCRIBED", "remedy": "COMPENSATION", \
                                    "amount": {"amount": "15.00", "currency": "CNY"}, "status": "REMEDY_DECIDED"}"""))),
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
    Mono<ResponseEntity<OverrideRecorded>> override(
            @Parameter(description = ApiDocs.CASE_ID, schema = @Schema(type = "string", format = "uuid"))
            @PathVariable String caseId,
            @Valid @RequestBody OverrideRequest request,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, schema = @Schema(type = "string", maxLength = 255))
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        UUID id = RequestInputs.caseId(caseId);
        StaffDiagnosis diagnosis = diagnosisOf(request);
        return RequestInputs.caller().flatMap(caller -> {
            Actor staff = StaffActors.of(caller, ActorRole.SUPERVISOR, ActorRole.AGENT);
            String fingerprint = idempotent.fingerprint("POST", "/api/v1/agent/cases/" + id + "/diagnosis", request);
            return idempotent.execute(caller.id(), idempotencyKey, fingerprint, OverrideRecorded.class,
                    () -> overrides.override(id, diagnosis, staff).map(saved -> ResponseEntity.ok(
                            new OverrideRecorded(id, request.category(), request.remedy(),
                                    MoneyOutput.of(saved.proposedAmount()), saved.status().name()))))
                    .doOnSuccess(response -> logRecorded(id, staff, response));
        });
    }

    /** The cross-field rules of the body: each amount comes with, and only with, the remedy it belongs to. */
    private static StaffDiagnosis diagnosisOf(OverrideRequest request) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        boolean compensation = request.remedy() == RemedyInput.COMPENSATION;
        boolean partialRefund = request.remedy() == RemedyInput.PARTIAL_REFUND;
        if (compensation && request.compensation() == null) {
            errors.add(new ApiProblem.FieldError("compensation", "is required for remedy COMPENSATION"));
        } else if (!compensation && request.compensation() != null) {
            errors.add(new ApiProblem.FieldError("compensation", "is only allowed with remedy COMPENSATION"));
        }
        if (partialRefund && request.refundAmount() == null) {
            errors.add(new ApiProblem.FieldError("refundAmount", "is required for remedy PARTIAL_REFUND"));
        } else if (!partialRefund && request.refundAmount() != null) {
            errors.add(new ApiProblem.FieldError("refundAmount", "is only allowed with remedy PARTIAL_REFUND"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        Remedy remedy = request.remedy().toRemedy();
        return new StaffDiagnosis(request.category().toCategory(), remedy, MoneyInput.toMoney(request.refundAmount()),
                MoneyInput.toMoney(request.compensation()), request.note());
    }

    private static void logRecorded(UUID caseId, Actor staff, ResponseEntity<OverrideRecorded> response) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable("caseId", caseId.toString())) {
            OverrideRecorded body = response.getBody();
            log.info("{} {} overrode the diagnosis: {} / {} -> {}", staff.role(), staff.id(),
                    body == null ? "?" : body.category(), body == null ? "?" : body.remedy(),
                    body == null ? "?" : body.status());
        }
    }
}
