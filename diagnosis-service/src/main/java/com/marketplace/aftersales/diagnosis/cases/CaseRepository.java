package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Stores {@link DiagnosisCase}s in {@code diagnosis_case}. Changes go through {@link CaseUpdates}. */
@Repository
public class CaseRepository {

    private final DatabaseClient db;
    private final Clock clock;

    CaseRepository(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Mono<DiagnosisCase> find(UUID caseId) {
        return db.sql("select * from diagnosis_case where case_id = :id")
                .bind("id", caseId)
                .map(CaseRepository::read)
                .one();
    }

    /** @return false if the case was stored before (a re-emitted submission keeps the first one) */
    Mono<Boolean> insertIfAbsent(DiagnosisCase diagnosisCase, Instant submittedAt) {
        CaseFacts facts = diagnosisCase.facts();
        GenericExecuteSpec insert = db.sql("""
                        insert into diagnosis_case (case_id, service_no, customer_id, merchant_id, order_id,
                            order_line_id, service_type, description, requested_amount, requested_currency,
                            line_paid_amount, line_paid_currency, product_category, status, submitted_at, updated_at)
                        values (:caseId, :serviceNo, :customerId, :merchantId, :orderId, :orderLineId, :serviceType,
                            :description, :requestedAmount, :requestedCurrency, :linePaidAmount, :linePaidCurrency,
                            :productCategory, :status, :submittedAt, :updatedAt)
                        on conflict (case_id) do nothing""")
                .bind("caseId", facts.caseId())
                .bind("serviceNo", facts.serviceNo())
                .bind("customerId", facts.customerId())
                .bind("merchantId", facts.merchantId())
                .bind("orderId", facts.orderId())
                .bind("orderLineId", facts.orderLineId())
                .bind("serviceType", facts.serviceType().name())
                .bind("description", facts.description())
                .bind("linePaidAmount", facts.linePaid().amount())
                .bind("linePaidCurrency", facts.linePaid().currency())
                .bind("status", diagnosisCase.status().name())
                .bind("submittedAt", submittedAt)
                .bind("updatedAt", clock.instant());
        insert = bindNullable(insert, "requestedAmount",
                facts.requestedAmount() == null ? null : facts.requestedAmount().amount(), BigDecimal.class);
        insert = bindNullable(insert, "requestedCurrency",
                facts.requestedAmount() == null ? null : facts.requestedAmount().currency(), String.class);
        insert = bindNullable(insert, "productCategory", facts.productCategory(), String.class);
        return insert.fetch().rowsUpdated().map(rows -> rows > 0);
    }

    /**
     * Writes diagnosis' decisions if nobody changed the case since it was read.
     *
     * @throws ConcurrentCaseUpdate (as the error of the Mono) if somebody did
     */
    Mono<Void> update(DiagnosisCase diagnosisCase) {
        GenericExecuteSpec update = db.sql("""
                        update diagnosis_case
                        set status = :status, category = :category, priority = :priority,
                            proposed_remedy = :proposedRemedy, handler_id = :handlerId, handler_name = :handlerName,
                            closed_reason = :closedReason, updated_at = :updatedAt, version = version + 1
                        where case_id = :caseId and version = :version""")
                .bind("caseId", diagnosisCase.caseId())
                .bind("version", diagnosisCase.version())
                .bind("status", diagnosisCase.status().name())
                .bind("updatedAt", clock.instant());
        update = bindNullable(update, "category", nameOf(diagnosisCase.category()), String.class);
        update = bindNullable(update, "priority", nameOf(diagnosisCase.priority()), String.class);
        update = bindNullable(update, "proposedRemedy", nameOf(diagnosisCase.proposedRemedy()), String.class);
        update = bindNullable(update, "handlerId", diagnosisCase.handlerId(), String.class);
        update = bindNullable(update, "handlerName", diagnosisCase.handlerName(), String.class);
        update = bindNullable(update, "closedReason", diagnosisCase.closedReason(), String.class);
        return update.fetch().rowsUpdated().flatMap(rows -> rows == 1 ? Mono.<Void>empty()
                : Mono.error(new ConcurrentCaseUpdate(diagnosisCase.caseId())));
    }

    /** Open cases assigned to each agent: the load assignment balances. */
    public Mono<Map<String, Long>> openCasesByHandler() {
        return db.sql("""
                        select handler_id, count(*) as open_cases from diagnosis_case
                        where handler_id is not null and status <> 'CLOSED'
                        group by handler_id""")
                .map((row, meta) -> Map.entry(row.get("handler_id", String.class),
                        row.get("open_cases", Long.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static DiagnosisCase read(Readable row) {
        CaseFacts facts = new CaseFacts(
                row.get("case_id", UUID.class),
                row.get("service_no", String.class),
                row.get("customer_id", String.class),
                row.get("merchant_id", String.class),
                row.get("order_id", String.class),
                row.get("order_line_id", String.class),
                ServiceType.valueOf(row.get("service_type", String.class)),
                row.get("description", String.class),
                money(row.get("requested_amount", BigDecimal.class), row.get("requested_currency", String.class)),
                money(row.get("line_paid_amount", BigDecimal.class), row.get("line_paid_currency", String.class)),
                row.get("product_category", String.class));
        return DiagnosisCase.restore(facts,
                row.get("version", Long.class),
                DiagnosisStatus.valueOf(row.get("status", String.class)),
                enumOf(ProblemCategory.class, row.get("category", String.class)),
                enumOf(Priority.class, row.get("priority", String.class)),
                enumOf(Remedy.class, row.get("proposed_remedy", String.class)),
                row.get("handler_id", String.class),
                row.get("handler_name", String.class),
                row.get("closed_reason", String.class));
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <T> GenericExecuteSpec bindNullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
