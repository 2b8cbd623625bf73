package com.marketplace.aftersales.feedback.complaints;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.feedback.ComplaintFiled;
import com.marketplace.aftersales.feedback.cases.CustomerCases;
import com.marketplace.aftersales.feedback.metrics.FeedbackMetrics;
import com.marketplace.aftersales.feedback.reports.MonthlyTallies;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.outbox.Outbox;
import com.marketplace.aftersales.platform.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Records a customer's complaint and announces it; the 48-hour handling clock is the sla-monitor's. */
@Service
class ComplaintService {

    private static final Logger log = LoggerFactory.getLogger(ComplaintService.class);

    private final CustomerCases customerCases;
    private final Complaints complaints;
    private final Outbox outbox;
    private final IdempotentRequests idempotent;
    private final MonthlyTallies tallies;
    private final FeedbackMetrics metrics;
    private final Clock clock;

    ComplaintService(CustomerCases customerCases, Complaints complaints, Outbox outbox, IdempotentRequests idempotent,
                     MonthlyTallies tallies, FeedbackMetrics metrics, Clock clock) {
        this.customerCases = customerCases;
        this.complaints = complaints;
        this.outbox = outbox;
        this.idempotent = idempotent;
        this.tallies = tallies;
        this.metrics = metrics;
        this.clock = clock;
    }

    Mono<ResponseEntity<ComplaintAccepted>> file(UUID caseId, FileComplaintRequest request, Caller customer,
                                                 String idempotencyKey) {
        Actor actor = CustomerCases.actor(customer, request.channel());
        String fingerprint = idempotent.fingerprint("POST", "/api/v1/cases/" + caseId + "/complaints", request);
        return idempotent.execute(customer.id(), idempotencyKey, fingerprint, ComplaintAccepted.class,
                        () -> customerCases.lockOwnCase(caseId, customer).flatMap(found -> {
                            ComplaintFiled filed = found.complain(UUID.randomUUID(), request.text(), actor);
                            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                            return complaints.add(filed, now)
                                    .then(tallies.complaintFiled(now))
                                    .then(outbox.append(filed))
                                    .thenReturn(ResponseEntity.status(HttpStatus.CREATED)
                                            .body(new ComplaintAccepted(filed.complaintId())));
                        }))
                .doOnNext(response -> {
                    if (!response.getHeaders().containsHeader("Idempotent-Replayed")) {
                        metrics.complaintFiled();
                        try (MDC.MDCCloseable ignored = MDC.putCloseable("caseId", caseId.toString())) {
                            log.info("Complaint {} filed", response.getBody().complaintId());
                        }
                    }
                });
    }
}
