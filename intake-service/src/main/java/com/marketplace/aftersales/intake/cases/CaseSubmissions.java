package com.marketplace.aftersales.intake.cases;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.intake.IntakeMetrics;
import com.marketplace.aftersales.intake.orders.OrderReplica;
import com.marketplace.aftersales.intake.orders.ReplicatedLine;
import com.marketplace.aftersales.intake.orders.ReplicatedOrder;
import com.marketplace.aftersales.platform.web.ApiProblem;
import com.marketplace.aftersales.platform.outbox.Outbox;
import com.marketplace.aftersales.platform.security.Caller;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Registers a customer's request against the order replica: the order must be theirs, the line must exist, the amount
 * must fit what was paid, and the line must not already have an open case. The case row, its service number and the
 * {@code CaseSubmitted} event commit together.
 */
@Component
class CaseSubmissions {

    private static final Logger log = LoggerFactory.getLogger(CaseSubmissions.class);

    private final OrderReplica orders;
    private final CaseStore store;
    private final ServiceNumbers serviceNumbers;
    private final Outbox outbox;
    private final Clock clock;
    private final IntakeMetrics metrics;
    private final TransactionalOperator transactions;

    CaseSubmissions(OrderReplica orders, CaseStore store, ServiceNumbers serviceNumbers, Outbox outbox, Clock clock,
                    IntakeMetrics metrics, ReactiveTransactionManager transactionManager) {
        this.orders = orders;
        this.store = store;
        this.serviceNumbers = serviceNumbers;
        this.outbox = outbox;
        this.clock = clock;
        this.metrics = metrics;
        this.transactions = TransactionalOperator.create(transactionManager);
    }

    Mono<AfterSalesCase> submit(Caller caller, SubmitCaseRequest request) {
        return orders.find(request.orderId())
                // Someone else's order is answered exactly like a missing one: no way to probe others' orders.
                .filter(order -> order.belongsTo(caller.id()))
                .switchIfEmpty(Mono.error(() -> new SubmissionRefused("orderId", "no such order for you",
                        "order_unknown")))
                .flatMap(order -> submitOnLine(caller, request, order))
                .onErrorMap(SubmissionRefused.class, refused -> {
                    metrics.caseRefused(refused.reason());
                    return ApiProblem.unprocessable(refused.field(), refused.getMessage());
                })
                .onErrorMap(DuplicateKeyException.class, e -> {
                    // Only reachable if something bypassed the line lock; the unique index kept the rule anyway.
                    metrics.caseRefused("open_case");
                    return ApiProblem.conflict("A request for this order line was registered at the same time;"
                            + " reload your cases", Map.of());
                })
                .as(transactions::transactional)
                .doOnNext(created -> {
                    metrics.caseSubmitted(created.serviceType().name(), created.channel().name());
                    log.atInfo().addKeyValue("caseId", created.id()).addKeyValue("serviceNo", created.serviceNo())
                            .log("Case submitted");
                });
    }

    private Mono<AfterSalesCase> submitOnLine(Caller caller, SubmitCaseRequest request, ReplicatedOrder order) {
        ReplicatedLine line = order.line(request.orderLineId())
                .orElseThrow(() -> new SubmissionRefused("orderLineId", "no such line in order " + order.orderId(),
                        "line_unknown"));
        return store.lockOrderLine(order.orderId(), line.lineId())
                .then(store.findHoldingLine(order.orderId(), line.lineId())
                        .flatMap(open -> Mono.<AfterSalesCase>error(lineTaken(open))))
                .then(serviceNumbers.next())
                .flatMap(serviceNo -> {
                    NewCase newCase = newCase(caller, request, order, line, serviceNo);
                    CaseChange change = AfterSalesCase.submit(newCase);
                    return store.insert(newCase, clock.instant())
                            .then(outbox.append(change.events()))
                            .thenReturn(change.after());
                });
    }

    private RuntimeException lineTaken(AfterSalesCase open) {
        metrics.caseRefused("open_case");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("openCaseId", open.id().toString());
        properties.put("openServiceNo", open.serviceNo());
        properties.put("currentStatus", open.status().name());
        return ApiProblem.conflict("This order line already has an open case; follow it up there", properties);
    }

    private static NewCase newCase(Caller caller, SubmitCaseRequest request, ReplicatedOrder order,
                                   ReplicatedLine line, String serviceNo) {
        Money requested = request.requestedAmount() == null ? null
                : new Money(new BigDecimal(request.requestedAmount().amount()), request.requestedAmount().currency());
        return new NewCase(UUID.randomUUID(), serviceNo, caller.id(), order.merchantId(), order.orderId(),
                line.lineId(), line.sku(), line.title(), line.category(), request.serviceType(),
                request.description(), requested, new Money(line.amountPaid(), order.currency()),
                order.paymentMethod(), order.deliveredAt(), request.channelOrDefault());
    }
}
