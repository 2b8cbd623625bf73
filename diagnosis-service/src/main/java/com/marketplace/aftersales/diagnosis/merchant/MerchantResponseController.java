package com.marketplace.aftersales.diagnosis.merchant;

import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.security.Roles;
import com.marketplace.aftersales.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
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

    @Operation(summary = "Answer a verification request",
            description = "Role MERCHANT, on a case of the merchant's own orders (else 404), only while the case awaits"
                    + " the merchant (else 409 with currentStatus). ACCEPT decides the proposed remedy; REJECT needs a"
                    + " reason and opens a dispute. Honours Idempotency-Key.")
    @PostMapping(PATH)
    Mono<ResponseEntity<MerchantResponseRecorded>> respond(
            @PathVariable String caseId,
            @Valid @RequestBody MerchantResponseRequest request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        UUID id = parseCaseId(caseId);
        if (request.decision() == MerchantAnswer.REJECT && (request.reason() == null || request.reason().isBlank())) {
            throw ApiProblem.invalid("reason", "is required to reject");
        }
        return Caller.current()
                .switchIfEmpty(Mono.error(() -> new ApiProblem(HttpStatus.UNAUTHORIZED, "Unauthorized",
                        "A valid bearer token is required", Map.of())))
                .flatMap(caller -> {
                    if (!caller.hasRole(Roles.MERCHANT)) {
                        return Mono.error(new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden",
                                "Only a merchant can answer a verification request", Map.of()));
                    }
                    String fingerprint = idempotent.fingerprint("POST", "/api/v1/merchant/cases/" + id + "/response",
                            request);
                    return idempotent.execute(caller.id(), idempotencyKey, fingerprint,
                            MerchantResponseRecorded.class,
                            () -> responses.respond(id, caller, request.decision(), request.reason())
                                    .then(Mono.fromSupplier(() -> ResponseEntity.ok(
                                            new MerchantResponseRecorded(id, request.decision())))))
                            .doOnSuccess(response -> logRecorded(id, caller, request.decision()));
                });
    }

    private static UUID parseCaseId(String caseId) {
        try {
            return UUID.fromString(caseId);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("caseId", "must be a UUID");
        }
    }

    private static void logRecorded(UUID caseId, Caller caller, MerchantAnswer decision) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable("caseId", caseId.toString())) {
            log.info("Merchant {} ({}) answered {}", caller.merchantId(), caller.id(), decision);
        }
    }
}
