package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
     * Writes diagnosis' decisions if nobody changed the case since it was read. Stamps when the case was first flagged
     * to the risk team and when its remedy was decided (the refund history the risk checks count).
     *
     * @throws ConcurrentCaseUpdate (as the error of the Mono) if somebody did
     */
    Mono<Void> update(DiagnosisCase diagnosisCase) {
        DiagnosisCase.State state = diagnosisCase.state();
        Instant now = clock.instant();
        GenericExecuteSpec update = db.sql("""
                        update diagnosis_case
                        set status = :status, category = :category, priority = :priority,
                            proposed_remedy = :proposedRemedy, handler_id = :handlerId, handler_name = :handlerName,
                            closed_reason = :closedReason, risk_state = :riskState, risk_reasons = :riskReasons,
                            risk_flagged_at = case when :riskState = 'FLAGGED' then coalesce(risk_flagged_at, :now)
                                else risk_flagged_at end,
                            merchant_verification = :verification,
                            proposed_amount = :proposedAmount, proposed_currency = :proposedCurrency,
                            compensation_approver_id = :approverId, compensation_approver_role = :approverRole,
                            refund_amount = :refundAmount, refund_currency = :refundCurrency,
                            remedy_decided_at = case when :status = 'REMEDY_DECIDED'
                                then coalesce(remedy_decided_at, :now) else remedy_decided_at end,
                            updated_at = :now, version = version + 1
                        where case_id = :caseId and version = :version""")
                .bind("caseId", diagnosisCase.caseId())
                .bind("version", diagnosisCase.version())
                .bind("status", state.status().name())
                .bind("riskState", state.risk().name())
                .bind("riskReasons", state.riskReasons().toArray(String[]::new))
                .bind("verification", state.verification().name())
                .bind("now", now);
        update = bindNullable(update, "category", nameOf(state.category()), String.class);
        update = bindNullable(update, "priority", nameOf(state.priority()), String.class);
        update = bindNullable(update, "proposedRemedy", nameOf(state.proposedRemedy()), String.class);
        update = bindNullable(update, "handlerId", state.handlerId(), String.class);
        update = bindNullable(update, "handlerName", state.handlerName(), String.class);
        update = bindNullable(update, "closedReason", state.closedReason(), String.class);
        update = bindMoney(update, "proposedAmount", "proposedCurrency", state.proposedAmount());
        update = bindMoney(update, "refundAmount", "refundCurrency", state.decidedRefund());
        Actor approver = state.compensationApprover();
        update = bindNullable(update, "approverId", approver == null ? null : approver.id(), String.class);
        update = bindNullable(update, "approverRole", approver == null ? null : approver.role().name(), String.class);
        return update.fetch().rowsUpdated().flatMap(rows -> rows == 1 ? Mono.<Void>empty()
                : Mono.error(new ConcurrentCaseUpdate(diagnosisCase.caseId())));
    }

    /**
     * Refunds decided for the customer's other cases since {@code since}: every remedy that refunds (in full, in part,
     * instantly), whether or not fulfillment has paid it yet. A burst of requests counts as it is decided, not days
     * later when the money moves.
     */
    public Mono<Long> refundsDecidedSince(String customerId, UUID exceptCase, Instant since) {
        return db.sql("""
                        select count(*) as refunds from diagnosis_case
                        where customer_id = :customer and case_id <> :caseId and refund_amount is not null
                          and remedy_decided_at > :since""")
                .bind("customer", customerId).bind("caseId", exceptCase).bind("since", since)
                .map((row, meta) -> row.get("refunds", Long.class))
                .one();
    }

    /**
     * Serialises the risk-relevant decisions of one customer until the transaction ends, so two requests of the same
     * customer decided at the same moment (on different partitions or instances) cannot both count the history
     * without the other's refund.
     */
    public Mono<Void> lockCustomer(String customerId) {
        return db.sql("select pg_advisory_xact_lock(hashtextextended(:customer, 7301))")
                .bind("customer", "diagnosis-customer:" + customerId)
                .then();
    }

    /** Cases waiting for the risk team, oldest flag first, with when each was flagged. */
    public Mono<List<Flagged>> awaitingRiskReview(int limit, long offset) {
        return db.sql("""
                        select * from diagnosis_case where status = 'RISK_REVIEW'
                        order by risk_flagged_at, case_id limit :limit offset :offset""")
                .bind("limit", limit).bind("offset", offset)
                .map(row -> new Flagged(read(row), row.get("risk_flagged_at", Instant.class)))
                .all()
                .collectList();
    }

    /** A case in the risk team's queue. */
    public record Flagged(DiagnosisCase flaggedCase, Instant flaggedAt) {
    }

    public Mono<Long> countAwaitingRiskReview() {
        return db.sql("select count(*) as waiting from diagnosis_case where status = 'RISK_REVIEW'")
                .map((row, meta) -> row.get("waiting", Long.class))
                .one();
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
        String approverId = row.get("compensation_approver_id", String.class);
        Actor approver = approverId == null ? null : new Actor(approverId,
                ActorRole.valueOf(row.get("compensation_approver_role", String.class)), Channel.STAFF_CONSOLE);
        String[] reasons = row.get("risk_reasons", String[].class);
        return DiagnosisCase.restore(facts, row.get("version", Long.class), new DiagnosisCase.State(
                DiagnosisStatus.valueOf(row.get("status", String.class)),
                enumOf(ProblemCategory.class, row.get("category", String.class)),
                enumOf(Priority.class, row.get("priority", String.class)),
                enumOf(Remedy.class, row.get("proposed_remedy", String.class)),
                row.get("handler_id", String.class),
                row.get("handler_name", String.class),
                row.get("closed_reason", String.class),
                RiskState.valueOf(row.get("risk_state", String.class)),
                reasons == null ? List.of() : List.of(reasons),
                MerchantVerification.valueOf(row.get("merchant_verification", String.class)),
                money(row.get("proposed_amount", BigDecimal.class), row.get("proposed_currency", String.class)),
                approver,
                money(row.get("refund_amount", BigDecimal.class), row.get("refund_currency", String.class))));
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

    private static GenericExecuteSpec bindMoney(GenericExecuteSpec spec, String amount, String currency, Money money) {
        return bindNullable(bindNullable(spec, amount, money == null ? null : money.amount(), BigDecimal.class),
                currency, money == null ? null : money.currency(), String.class);
    }

    private static <T> GenericExecuteSpec bindNullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
