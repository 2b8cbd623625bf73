package com.marketplace.aftersales.intake.cases;

import com.marketplace.aftersales.intake.web.Callers;
import com.marketplace.aftersales.intake.web.IdempotentCommands;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.web.ApiProblem;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code POST /api/v1/cases}: a customer files an after-sales request. */
@RestController
class CaseController {

    /** The answer to a new request. */
    record CaseCreated(UUID caseId, String serviceNo, String status) {
    }

    private final CaseSubmissions submissions;
    private final IdempotentCommands commands;

    CaseController(CaseSubmissions submissions, IdempotentCommands commands) {
        this.submissions = submissions;
        this.commands = commands;
    }

    @PostMapping("/api/v1/cases")
    Mono<ResponseEntity<CaseCreated>> submit(@Valid @RequestBody SubmitCaseRequest request,
                                             @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                             String idempotencyKey,
                                             ServerHttpRequest http) {
        if (request.requestedAmount() != null
                && new BigDecimal(request.requestedAmount().amount()).signum() == 0) {
            return Mono.error(ApiProblem.invalid("requestedAmount.amount", "must be positive"));
        }
        return commands.run(http, idempotencyKey, Callers.CUSTOMERS, request, CaseCreated.class,
                caller -> submissions.submit(caller, request)
                        .map(created -> ResponseEntity.created(URI.create("/api/v1/cases/" + created.id()))
                                .body(new CaseCreated(created.id(), created.serviceNo(), created.status().name()))));
    }
}
