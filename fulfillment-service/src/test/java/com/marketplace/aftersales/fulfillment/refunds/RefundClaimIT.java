package com.marketplace.aftersales.fulfillment.refunds;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.fulfillment.FulfillmentIntegrationTest;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCases;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;

/** Several instances claiming due refunds at the same moment never get the same refund. */
class RefundClaimIT extends FulfillmentIntegrationTest {

    private static final int REFUNDS = 24;

    @Autowired
    PaymentWorker worker;

    @Autowired
    PaymentQueue queue;

    @Autowired
    FulfillmentCases cases;

    private final List<UUID> refundIds = new ArrayList<>();

    @BeforeEach
    void dueRefundsNobodyIsWorkingOn() {
        // This test plays the instances itself.
        worker.stop();
        for (int i = 0; i < REFUNDS; i++) {
            UUID caseId = UUID.randomUUID();
            cases.insert(FulfillmentCase.open(Remedies.remedy(caseId, Remedy.REFUND_ONLY, Money.of("1.00", "CNY"),
                    false, null))).block();
            UUID refundId = UUID.randomUUID();
            db.sql("""
                            insert into refund (refund_id, case_id, sequence, idempotency_key, order_id, amount,
                                currency, route, status, next_attempt_at, requested_at)
                            values (:refundId, :caseId, 1, :key, 'order-1', 1.00, 'CNY', 'ORIGINAL', 'REQUESTED',
                                now(), now())""")
                    .bind("refundId", refundId).bind("caseId", caseId).bind("key", refundKey(caseId))
                    .then().block();
            refundIds.add(refundId);
        }
    }

    @AfterEach
    void settleThemAndRestartTheWorker() {
        Flux.fromIterable(refundIds)
                .concatMap(id -> db.sql("update refund set status = 'FAILED', lease_owner = null, lease_until = null"
                        + " where refund_id = :id").bind("id", id).then())
                .blockLast();
        worker.start();
    }

    @Test
    void concurrentClaimsTakeDisjointRefundsAndLeaseThem() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(3);
        try {
            List<Callable<List<UUID>>> claimers = List.of(claimer("instance-a"), claimer("instance-b"),
                    claimer("instance-c"));
            List<UUID> claimed = new ArrayList<>();
            for (Future<List<UUID>> result : instances.invokeAll(claimers)) {
                claimed.addAll(result.get());
            }
            List<UUID> ours = claimed.stream().filter(refundIds::contains).toList();

            assertThat(ours).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(refundIds);
            // Leased: nobody can claim them again until the lease runs out.
            assertThat(queue.claim("instance-d", REFUNDS, Duration.ofSeconds(30)).collectList().block())
                    .noneMatch(refund -> refundIds.contains(refund.refundId()));
        } finally {
            instances.shutdownNow();
        }
    }

    private Callable<List<UUID>> claimer(String owner) {
        return () -> {
            List<UUID> mine = Collections.synchronizedList(new ArrayList<>());
            List<ClaimedPayment> batch;
            do {
                batch = queue.claim(owner, 4, Duration.ofSeconds(30)).collectList().block();
                batch.forEach(refund -> mine.add(refund.refundId()));
            } while (!batch.isEmpty());
            return mine;
        };
    }
}
