package com.marketplace.aftersales.diagnosis.merchant;

import static com.marketplace.aftersales.diagnosis.web.ApiDocs.PROBLEM;
import static com.marketplace.aftersales.diagnosis.web.ApiDocs.PROBLEM_JSON;

import com.marketplace.aftersales.diagnosis.web.ApiDocs;
import com.marketplace.aftersales.diagnosis.web.RequestInputs;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.security.Roles;
import com.marketplace.aftersales.platform.web.ApiProblem;
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

/**
 * The merchant's answer to a verification request. Accept: the proposed remedy is decided. Reject (with a reason): the
 * case goes to dispute for the platform to arbitrate.
 */
@RestController
class MerchantResponseController {

    private static final Logger log = LoggerFactory.getLogger(MerchantResponseController.class);
    static final String PATH = "/api/v1/merchant/cases/{caseId}/response";

    private final MerchantResponses responses;
    private final IdempotentRequests idempotent;

    MerchantResponseController(MerchantResponses responses, IdempotentRequests idempotent) {
        this.responses = responses;
        this.idempotent = idempotent;
    }

    @Operation(operationId = "diagnosisRespondToVerification", tags = ApiDocs.TAG_MERCHANT,
            summary = "Answer a verification request",
            description = """
                    Role MERCHANT, on a case of the merchant's own orders (another merchant's case is a 404, like no \
                    case), only while the case awaits the merchant (else 409 with currentStatus). ACCEPT publishes \
                    MerchantResponded and decides the proposed remedy (RemedyDecided) unless compensation still \
                    needs an approved amount; REJECT needs a reason and opens a dispute (MerchantResponded, \
                    CaseDisputed). Honours Idempotency-Key.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = MerchantResponseRequest.class),
                    examples = {
                            @ExampleObject(name = "accept", value = """
                                    {"decision": "ACCEPT"}"""),
                            @ExampleObject(name = "reject", value = """
                                    {"decision": "REJECT", "reason": "The photos show water damage"}""")})),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The answer is recorded", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = MerchantResponseRecorded.class),
                            examples = @ExampleObject(value = """
                                    {"caseId": "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10", "decision": "ACCEPT"}"""))),
                    @ApiResponse(responseCode = "404", description = ApiDocs.NOT_FOUND, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "409", description = ApiDocs.CONFLICT, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "413", description = ApiDocs.TOO_LARGE, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "415", description = ApiDocs.UNSUPPORTED, content = @Content(
                            mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM))),
                    @ApiResponse(responseCode = "422", description = "An Idempotency-Key reused with a different body",
                            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))})
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<MerchantResponseRecorded>> respond(
            @Parameter(description = ApiDocs.CASE_ID, schema = @Schema(type = "string", format = "uuid"))
            @PathVariable String caseId,
            @Valid @RequestBody MerchantResponseRequest request,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, schema = @Schema(type = "string", maxLength = 255))
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        UUID id = RequestInputs.caseId(caseId);
        if (request.decision() == MerchantAnswer.REJECT && (request.reason() == null || request.reason().isBlank())) {
            throw ApiProblem.invalid("reason", "is required to reject");
        }
        return RequestInputs.caller().flatMap(caller -> {
            if (!caller.hasRole(Roles.MERCHANT)) {
                return Mono.error(ApiProblem.forbidden("Only a merchant can answer a verification request"));
            }
            String fingerprint = idempotent.fingerprint("POST", "/api/v1/merchant/cases/" + id + "/response",
                    request);
            return idempotent.execute(caller.id(), idempotencyKey, fingerprint, MerchantResponseRecorded.class,
                            () -> responses.respond(id, caller, request.decision(), request.reason())
                                    .then(Mono.fromSupplier(() -> ResponseEntity.ok(
                                            new MerchantResponseRecorded(id, request.decision())))))
                    .doOnSuccess(response -> logRecorded(id, caller, request.decision()));
        });
    }

    private static void logRecorded(UUID caseId, Caller caller, MerchantAnswer decision) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable("caseId", caseId.toString())) {
            log.info("Merchant {} ({}) answered {}", caller.merchantId(), caller.id(), decision);
        }
    }
}
