package com.marketplace.aftersales.feedback.rating;

import com.marketplace.aftersales.feedback.cases.CustomerCases;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class RatingController {

    private final RatingService ratings;

    RatingController(RatingService ratings) {
        this.ratings = ratings;
    }

    /** The customer rates a resolved case, once; that closes it. */
    @PostMapping("/api/v1/cases/{caseId}/feedback")
    Mono<ResponseEntity<RatingAccepted>> rate(@PathVariable UUID caseId, @Valid @RequestBody RateCaseRequest request,
                                              @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                              String idempotencyKey) {
        return CustomerCases.currentCustomer()
                .flatMap(customer -> ratings.rate(caseId, request, customer, idempotencyKey));
    }
}
