package com.marketplace.aftersales.feedback.complaints;

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
class ComplaintController {

    private final ComplaintService complaints;

    ComplaintController(ComplaintService complaints) {
        this.complaints = complaints;
    }

    /** The customer complains about how their case is (or was) handled. */
    @PostMapping("/api/v1/cases/{caseId}/complaints")
    Mono<ResponseEntity<ComplaintAccepted>> file(@PathVariable UUID caseId,
                                                 @Valid @RequestBody FileComplaintRequest request,
                                                 @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                                 String idempotencyKey) {
        return CustomerCases.currentCustomer()
                .flatMap(customer -> complaints.file(caseId, request, customer, idempotencyKey));
    }
}
