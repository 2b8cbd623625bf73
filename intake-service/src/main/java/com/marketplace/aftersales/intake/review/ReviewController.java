package com.marketplace.aftersales.intake.review;

import com.marketplace.aftersales.intake.cases.CaseStatusResponse;
import com.marketplace.aftersales.intake.web.Callers;
import com.marketplace.aftersales.intake.web.IdempotentCommands;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** An agent's review, and the customer's answer when the review asked for more. */
@RestController
class ReviewController {

    private final ReviewService reviews;
    private final IdempotentCommands commands;

    ReviewController(ReviewService reviews, IdempotentCommands commands) {
        this.reviews = reviews;
        this.commands = commands;
    }

    @PostMapping("/api/v1/agent/cases/{caseId}/review")
    Mono<ResponseEntity<CaseStatusResponse>> review(@PathVariable UUID caseId,
                                                    @Valid @RequestBody ReviewRequest request,
                                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                                    String idempotencyKey,
                                                    ServerHttpRequest http) {
        request.requireReasonWhereNeeded();
        return commands.run(http, idempotencyKey, Callers.REVIEWERS, request, CaseStatusResponse.class,
                reviewer -> reviews.review(reviewer, caseId, request).map(CaseStatusResponse::ok));
    }

    @PostMapping("/api/v1/cases/{caseId}/info")
    Mono<ResponseEntity<CaseStatusResponse>> provideInfo(@PathVariable UUID caseId,
                                                         @Valid @RequestBody InfoRequest request,
                                                         @RequestHeader(name = IdempotentRequests.HEADER,
                                                                 required = false) String idempotencyKey,
                                                         ServerHttpRequest http) {
        return commands.run(http, idempotencyKey, Callers.CUSTOMERS, request, CaseStatusResponse.class,
                customer -> reviews.provideInfo(customer, caseId, request).map(CaseStatusResponse::ok));
    }
}
