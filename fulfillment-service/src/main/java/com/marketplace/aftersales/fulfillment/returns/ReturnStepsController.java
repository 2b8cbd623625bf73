package com.marketplace.aftersales.fulfillment.returns;

import com.marketplace.aftersales.fulfillment.returns.ReturnRequests.StepResult;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.security.Roles;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The return steps' HTTP API (contracts §1). Thin: parse, check the caller's role, run the step once per
 * {@code Idempotency-Key}. Object-level checks (whose case it is) and state checks are the step's.
 */
@RestController
class ReturnStepsController {

    private final ReturnSteps steps;
    private final IdempotentRequests idempotent;

    ReturnStepsController(ReturnSteps steps, IdempotentRequests idempotent) {
        this.steps = steps;
        this.idempotent = idempotent;
    }

    @PostMapping("/api/v1/cases/{caseId}/return-shipment")
    Mono<ResponseEntity<StepResult>> shipReturn(@PathVariable UUID caseId,
                                                @Valid @RequestBody ReturnRequests.ReturnShipment body,
                                                @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                                String key, ServerHttpRequest request) {
        return once(request, key, body, caller -> {
            ReturnAccess.requireRole(caller, "record a return shipment", Roles.CUSTOMER);
            return steps.shipReturn(caseId, caller, body);
        });
    }

    @PostMapping("/api/v1/warehouse/cases/{caseId}/receipt")
    Mono<ResponseEntity<StepResult>> confirmReceipt(@PathVariable UUID caseId,
                                                    @Valid @RequestBody(required = false) ReturnRequests.Receipt body,
                                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                                    String key, ServerHttpRequest request) {
        return once(request, key, body, caller -> {
            ReturnAccess.requireRole(caller, "confirm receipt of a return", Roles.WAREHOUSE, Roles.MERCHANT);
            return steps.confirmReceipt(caseId, caller, body == null ? null : body.note());
        });
    }

    @PostMapping("/api/v1/merchant/cases/{caseId}/inspection")
    Mono<ResponseEntity<StepResult>> inspect(@PathVariable UUID caseId,
                                             @Valid @RequestBody ReturnRequests.Inspection body,
                                             @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                             String key, ServerHttpRequest request) {
        return once(request, key, body, caller -> {
            ReturnAccess.requireRole(caller, "record an inspection", Roles.MERCHANT);
            return steps.inspect(caseId, caller, body.result(), body.note());
        });
    }

    private Mono<ResponseEntity<StepResult>> once(ServerHttpRequest request, String key, Object body,
                                                  Function<Caller, Mono<StepResult>> step) {
        return Caller.current().flatMap(caller -> idempotent.execute(caller.id(), key,
                idempotent.fingerprint("POST", request.getPath().value(), body), StepResult.class,
                () -> Mono.defer(() -> step.apply(caller)).map(ResponseEntity::ok)));
    }
}
