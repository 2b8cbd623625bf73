package com.marketplace.aftersales.simulators.payment;

import com.marketplace.aftersales.simulators.SimulatorBehaviour;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The provider's book of refunds, keyed by idempotency key: a key pays at most once, whatever the concurrency. */
final class RefundLedger {

    enum Outcome {
        CREATED,
        REPEATED,
        /** The key exists with a different instruction: refused, nothing paid. */
        CONFLICT
    }

    record Recording(Outcome outcome, Refund refund) {
    }

    private final Map<String, Refund> byKey = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    Recording record(RefundRequest request, Instant now, SimulatorBehaviour behaviour) {
        Outcome[] outcome = new Outcome[1];
        // compute() runs atomically per key, so concurrent first calls with one key create exactly one refund.
        Refund refund = byKey.compute(request.idempotencyKey(), (key, existing) -> {
            if (existing == null) {
                outcome[0] = Outcome.CREATED;
                return newRefund(request, now, behaviour);
            }
            outcome[0] = request.sameInstructionAs(existing) ? Outcome.REPEATED : Outcome.CONFLICT;
            return existing.withOneMoreCall();
        });
        return new Recording(outcome[0], refund);
    }

    Optional<Refund> find(String idempotencyKey) {
        return Optional.ofNullable(byKey.get(idempotencyKey));
    }

    List<Refund> all() {
        return byKey.values().stream().sorted(Comparator.comparingLong(Refund::sequence)).toList();
    }

    void clear() {
        byKey.clear();
    }

    private Refund newRefund(RefundRequest request, Instant now, SimulatorBehaviour behaviour) {
        long number = sequence.incrementAndGet();
        boolean declined = behaviour.declineRoutes().contains(request.route());
        return new Refund(number, String.format("sim-refund-%06d", number), request.idempotencyKey(),
                request.orderId(), request.amount(), request.currency(), request.route(), now,
                now.plusMillis(behaviour.pendingMillis()),
                declined ? RefundStatus.FAILED : RefundStatus.SUCCEEDED,
                declined ? request.route().declineReason() : null,
                1);
    }
}
