package com.marketplace.aftersales.intake.web;

import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.security.Caller;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Runs a command endpoint the same way everywhere: the caller must hold one of the endpoint's roles, then the effect
 * runs at most once per {@code Idempotency-Key} of that caller, in the transaction that stores its response.
 */
@Component
public class IdempotentCommands {

    private final IdempotentRequests requests;

    IdempotentCommands(IdempotentRequests requests) {
        this.requests = requests;
    }

    /**
     * @param fingerprintBody what, besides method and path, identifies the request (the body, or a digest of it)
     */
    public <T> Mono<ResponseEntity<T>> run(ServerHttpRequest request, String idempotencyKey, List<String> roles,
                                           Object fingerprintBody, Class<T> responseType,
                                           Function<Caller, Mono<ResponseEntity<T>>> effect) {
        return Callers.withAnyRole(roles).flatMap(caller -> runAs(caller, request, idempotencyKey, fingerprintBody,
                responseType, () -> effect.apply(caller)));
    }

    /** For a caller already checked, when the fingerprint is only known after reading the body (an upload). */
    public <T> Mono<ResponseEntity<T>> runAs(Caller caller, ServerHttpRequest request, String idempotencyKey,
                                             Object fingerprintBody, Class<T> responseType,
                                             Supplier<Mono<ResponseEntity<T>>> effect) {
        return requests.execute(caller.id(), idempotencyKey,
                requests.fingerprint(request.getMethod().name(), request.getPath().value(), fingerprintBody),
                responseType, effect);
    }
}
