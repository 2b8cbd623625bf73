package com.marketplace.aftersales.fulfillment.cases;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.fulfillment.RepairStage;
import com.marketplace.aftersales.platform.outbox.Outbox;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Stores cases, and saves each transition together with its events: the row update and the outbox rows commit in
 * the caller's transaction or not at all. Updates are optimistic; a case changed since it was read is refused with
 * {@link ConcurrentCaseChange} instead of being overwritten.
 */
@Repository
public class FulfillmentCases {

    private static final String COLUMNS = """
            case_id, service_no, customer_id, merchant_id, warehouse_id, order_id, order_line_id, remedy,
            refund_amount, refund_currency, compensation_amount, compensation_currency, return_required, status,
            return_carrier, return_waybill_no, repair_stage, version""";

    private final DatabaseClient db;
    private final Outbox outbox;
    private final Clock clock;

    FulfillmentCases(DatabaseClient db, Outbox outbox, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Mono<FulfillmentCase> find(UUID caseId) {
        return db.sql("select " + COLUMNS + " from fulfillment_case where case_id = :caseId")
                .bind("caseId", caseId)
                .map(FulfillmentCases::read)
                .one();
    }

    /** Stores a case opened from a decided plan; it fails if the case exists already. */
    public Mono<FulfillmentCase> insert(FulfillmentCase opened) {
        Instant now = clock.instant();
        Money refund = opened.refundAmount();
        Money compensation = opened.compensationAmount();
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        insert into fulfillment_case (case_id, service_no, customer_id, merchant_id, warehouse_id,
                            order_id, order_line_id, remedy, refund_amount, refund_currency, compensation_amount,
                            compensation_currency, return_required, status, created_at, updated_at, version)
                        values (:caseId, :serviceNo, :customerId, :merchantId, :warehouseId, :orderId, :orderLineId,
                            :remedy, :refundAmount, :refundCurrency, :compensationAmount, :compensationCurrency,
                            :returnRequired, :status, :now, :now, 0)""")
                .bind("caseId", opened.caseId())
                .bind("serviceNo", opened.serviceNo())
                .bind("customerId", opened.customerId())
                .bind("merchantId", opened.merchantId())
                .bind("orderId", opened.orderId())
                .bind("orderLineId", opened.orderLineId())
                .bind("remedy", opened.remedy().name())
                .bind("returnRequired", opened.returnRequired())
                .bind("status", opened.status().name())
                .bind("now", now);
        insert = bindNullable(insert, "warehouseId", opened.warehouseId(), String.class);
        insert = bindNullable(insert, "refundAmount", refund == null ? null : refund.amount(), BigDecimal.class);
        insert = bindNullable(insert, "refundCurrency", refund == null ? null : refund.currency(), String.class);
        insert = bindNullable(insert, "compensationAmount", compensation == null ? null : compensation.amount(),
                BigDecimal.class);
        insert = bindNullable(insert, "compensationCurrency", compensation == null ? null : compensation.currency(),
                String.class);
        return insert.then().thenReturn(opened);
    }

    /**
     * Saves the case as the transition left it and appends the transition's events to the outbox, in one
     * transaction (the caller's). A case whose execution ends here (resolved or abandoned) closes its execution order.
     *
     * @return the saved case, at its new version
     * @throws ConcurrentCaseChange (as the Mono's error) if the case changed since it was read
     */
    public Mono<FulfillmentCase> save(Transition transition) {
        FulfillmentCase next = transition.next();
        FulfillmentCase.ReturnShipment shipment = next.returnShipment();
        DatabaseClient.GenericExecuteSpec update = db.sql("""
                        update fulfillment_case
                        set status = :status, return_carrier = :carrier, return_waybill_no = :waybillNo,
                            repair_stage = :repairStage, updated_at = :now, version = version + 1
                        where case_id = :caseId and version = :version""")
                .bind("status", next.status().name())
                .bind("now", clock.instant())
                .bind("caseId", next.caseId())
                .bind("version", next.version());
        update = bindNullable(update, "carrier", shipment == null ? null : shipment.carrier(), String.class);
        update = bindNullable(update, "waybillNo", shipment == null ? null : shipment.waybillNo(), String.class);
        update = bindNullable(update, "repairStage", next.repairStage() == null ? null : next.repairStage().name(),
                String.class);
        return update.fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.just(next)
                        : Mono.error(new ConcurrentCaseChange(next.caseId(), next.version())))
                .flatMap(saved -> closeExecutionOrderIfEnded(saved).thenReturn(saved))
                .flatMap(saved -> outbox.append(transition.events()).thenReturn(saved))
                .map(saved -> saved.atVersion(saved.version() + 1));
    }

    /**
     * The execution order belongs to the case: it is closed with the outcome when the execution ends. A withdrawal's
     * cancellation marks it itself ({@code cancelled_at}), so only the other endings are recorded here.
     */
    private Mono<Void> closeExecutionOrderIfEnded(FulfillmentCase saved) {
        if (!saved.status().isFinal() || saved.status() == FulfillmentStatus.CANCELLED) {
            return Mono.empty();
        }
        return db.sql("""
                        update execution_order set closed_at = :now, close_reason = :reason
                        where case_id = :caseId and closed_at is null and cancelled_at is null""")
                .bind("now", clock.instant())
                .bind("reason", saved.status().name())
                .bind("caseId", saved.caseId())
                .then();
    }

    private static FulfillmentCase read(Readable row) {
        BigDecimal refundAmount = row.get("refund_amount", BigDecimal.class);
        BigDecimal compensationAmount = row.get("compensation_amount", BigDecimal.class);
        String carrier = row.get("return_carrier", String.class);
        String repairStage = row.get("repair_stage", String.class);
        return new FulfillmentCase(
                row.get("case_id", UUID.class),
                row.get("service_no", String.class),
                row.get("customer_id", String.class),
                row.get("merchant_id", String.class),
                row.get("warehouse_id", String.class),
                row.get("order_id", String.class),
                row.get("order_line_id", String.class),
                Remedy.valueOf(row.get("remedy", String.class)),
                refundAmount == null ? null : new Money(refundAmount, row.get("refund_currency", String.class)),
                compensationAmount == null ? null
                        : new Money(compensationAmount, row.get("compensation_currency", String.class)),
                Boolean.TRUE.equals(row.get("return_required", Boolean.class)),
                FulfillmentStatus.valueOf(row.get("status", String.class)),
                carrier == null ? null
                        : new FulfillmentCase.ReturnShipment(carrier, row.get("return_waybill_no", String.class)),
                repairStage == null ? null : RepairStage.valueOf(repairStage),
                row.get("version", Long.class));
    }

    private static <T> DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec,
                                                                      String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
