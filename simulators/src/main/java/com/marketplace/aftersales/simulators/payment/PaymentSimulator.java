package com.marketplace.aftersales.simulators.payment;

import com.marketplace.aftersales.simulators.Simulator;
import com.marketplace.aftersales.simulators.SimulatorBehaviour;
import com.marketplace.aftersales.simulators.http.Request;
import com.marketplace.aftersales.simulators.http.Response;
import com.marketplace.aftersales.simulators.http.Route;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A stand-in for the payments team's refund API, for local runs and tests only. It keeps a ledger keyed by
 * idempotency key (the same key never pays twice) and misbehaves on demand ({@link SimulatorBehaviour}).
 *
 * <p>Endpoints: {@code POST /refunds}, {@code GET /refunds/{idempotencyKey}}, {@code GET /ledger}, plus the
 * control endpoints every simulator has ({@code /sim/behaviour}, {@code /sim/reset}, {@code /health}).
 */
public final class PaymentSimulator extends Simulator {

    public static final String NAME = "payment-simulator";

    private final RefundLedger ledger = new RefundLedger();
    private final Clock clock;

    private PaymentSimulator(int port, SimulatorBehaviour initial, Clock clock) {
        super(initial);
        this.clock = clock;
        listen(NAME, port, ledger::clear, List.of(
                Route.business("POST", "/refunds", this::refund),
                Route.business("GET", "/refunds/{idempotencyKey}", this::findRefund),
                Route.control("GET", "/ledger", r -> Response.json(200, ledger()))));
    }

    /** @param port 0 picks a free one */
    public static PaymentSimulator start(int port, SimulatorBehaviour initial) {
        return new PaymentSimulator(port, initial, Clock.systemUTC());
    }

    /** @param clock decides when pending refunds settle, so tests can move time instead of waiting */
    public static PaymentSimulator start(int port, SimulatorBehaviour initial, Clock clock) {
        return new PaymentSimulator(port, initial, clock);
    }

    public List<LedgerEntry> ledger() {
        Instant now = clock.instant();
        return ledger.all().stream().map(refund -> LedgerEntry.of(refund, now)).toList();
    }

    private Response refund(Request request) {
        RefundRequest refund = RefundRequest.parse(request.jsonObject());
        Instant now = clock.instant();
        RefundLedger.Recording recording = ledger.record(refund, now, faults().current());
        switch (recording.outcome()) {
            case CREATED:
                return Response.json(201, RefundResponse.of(recording.refund(), now));
            case REPEATED:
                return Response.json(200, RefundResponse.of(recording.refund(), now));
            default:
                Refund first = recording.refund();
                return Response.problem(422, "idempotency-key-reused", "Idempotency key reused",
                        "Key " + first.idempotencyKey() + " was first used for order " + first.orderId() + ", "
                                + first.amount().toPlainString() + " " + first.currency() + " via " + first.route()
                                + "; a different instruction needs a new key");
        }
    }

    private Response findRefund(Request request) {
        String key = request.pathVariable("idempotencyKey");
        Instant now = clock.instant();
        return ledger.find(key)
                .map(refund -> Response.json(200, RefundResponse.of(refund, now)))
                .orElseGet(() -> Response.notFound("No refund with idempotency key " + key));
    }
}
