package com.marketplace.aftersales.fulfillment.web;

import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What every command endpoint shares: the case id of the path (a malformed one is bad input, 400, not an unknown
 * case), the authenticated caller, and running the command once per {@code Idempotency-Key} in the transaction that
 * stores its response.
 */
@Component
public class CommandEndpoint {

    private final IdempotentRequests idempotent;

    CommandEndpoint(IdempotentRequests idempotent) {
        this.idempotent = idempotent;
    }

    /** A malformed case id is bad input (400, naming the field), not an unknown case (404). */
    public static UUID caseId(String caseId) {
        try {
            if (caseId != null && caseId.length() == 36) {
                return UUID.fromString(caseId);
            }
        } catch (IllegalArgumentException e) {
            // the same answer as a wrong length
        }
        throw ApiProblem.invalid("caseId", "must be a UUID");
    }

    /**
     * Runs the command once per key for the caller; the same key with another body is a {@code 422}.
     *
     * @param body what identifies the request besides its method and path (null for an empty body)
     */
    public <T> Mono<ResponseEntity<T>> once(ServerHttpRequest request, String key, Object body, Class<T> type,
                                            Function<Caller, Mono<T>> command) {
        return Caller.current()
                .switchIfEmpty(Mono.error(() -> new ApiProblem(HttpStatus.UNAUTHORIZED, "Unauthorized",
                        "A valid bearer token is required", Map.of())))
                .flatMap(caller -> idempotent.execute(caller.id(), key,
                        idempotent.fingerprint("POST", request.getPath().value(), body), type,
                        () -> Mono.defer(() -> command.apply(caller)).map(ResponseEntity::ok)));
    }
}
