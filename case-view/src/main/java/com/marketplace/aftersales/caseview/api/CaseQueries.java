package com.marketplace.aftersales.caseview.api;

import com.marketplace.aftersales.caseview.api.RequestParameters.ListRequest;
import com.marketplace.aftersales.caseview.api.Responses.AtRisk;
import com.marketplace.aftersales.caseview.api.Responses.Escalation;
import com.marketplace.aftersales.caseview.api.Responses.Message;
import com.marketplace.aftersales.caseview.api.Responses.Page;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The read queries behind the API. SQL is fixed text; every value from a request is a bound parameter. */
@Component
class CaseQueries {

    /** Statuses after which nothing more happens to a case, as SQL literals from the one definition. */
    static final String TERMINAL_STATUSES = Arrays.stream(CaseStatus.values())
            .filter(CaseStatus::isTerminal)
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));

    static final List<CaseStatus> RETURN_STATUSES = List.of(CaseStatus.AWAITING_RETURN, CaseStatus.RETURN_IN_TRANSIT,
            CaseStatus.RETURN_RECEIVED);

    private static final String OPEN = "(status is null or status not in (" + TERMINAL_STATUSES + "))";

    private final DatabaseClient db;

    CaseQueries(DatabaseClient db) {
        this.db = db;
    }

    Mono<CaseRow> find(UUID caseId) {
        return db.sql("select * from case_view where case_id = :caseId")
                .bind("caseId", caseId)
                .map(CaseRow::read)
                .one();
    }

    /** A customer's own cases, newest first. */
    Mono<Page<CaseRow>> ofCustomer(String customerId, ListRequest request) {
        return page(new Filter("customer_id = :owner", Map.of("owner", customerId)), request, "created_at desc");
    }

    /** The cases of a merchant's orders, newest first. */
    Mono<Page<CaseRow>> ofMerchant(String merchantId, ListRequest request) {
        return page(new Filter("merchant_id = :owner", Map.of("owner", merchantId)), request, "created_at desc");
    }

    /** Returns addressed to a warehouse that are on their way or waiting for it, oldest first: work to do. */
    Mono<Page<CaseRow>> returnsTo(String warehouseId, ListRequest request) {
        String statuses = RETURN_STATUSES.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        return page(new Filter("warehouse_id = :owner and status in (" + statuses + ")", Map.of("owner", warehouseId)),
                request, "updated_at asc");
    }

    Mono<Page<CaseRow>> agentQueue(AgentQueue queue, String callerId, ListRequest request) {
        return switch (queue) {
            // Oldest first: the review queue is worked in order of arrival.
            case REVIEW -> page(new Filter("status = 'SUBMITTED'", Map.of()), request, "created_at asc");
            case MINE -> page(new Filter("handler_id = :handler and " + OPEN, Map.of("handler", callerId)), request,
                    "updated_at desc");
            // The longest-waiting escalation first.
            case ESCALATED -> page(new Filter("""
                            exists (select 1 from escalation e
                                    where e.case_id = case_view.case_id and e.acknowledged_at is null)""", Map.of()),
                    request, """
                            (select min(e.raised_at) from escalation e
                             where e.case_id = case_view.case_id and e.acknowledged_at is null) asc""");
            case ALL -> page(new Filter("true", Map.of()), request, "created_at desc");
        };
    }

    /** The unacknowledged escalations of these cases, by case. */
    Mono<Map<UUID, List<Escalation>>> openEscalations(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("""
                        select * from escalation
                        where case_id = any(:caseIds) and acknowledged_at is null
                        order by raised_at""")
                .bind("caseIds", caseIds.toArray(UUID[]::new))
                .map(row -> Map.entry(row.get("case_id", UUID.class), new Escalation(
                        row.get("escalation_id", UUID.class),
                        row.get("policy", String.class),
                        row.get("level", Integer.class),
                        row.get("escalate_to", String.class),
                        row.get("due_at", Instant.class),
                        row.get("raised_at", Instant.class))))
                .all()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    Flux<Message> conversation(UUID caseId) {
        return db.sql("select * from case_message where case_id = :caseId order by at, message_id")
                .bind("caseId", caseId)
                .map(row -> new Message(
                        row.get("message_id", UUID.class),
                        row.get("at", Instant.class),
                        new Responses.Actor(row.get("author_id", String.class), row.get("author_role", String.class),
                                row.get("channel", String.class)),
                        row.get("text", String.class)))
                .all();
    }

    /**
     * Running clocks of open cases past their warning time or deadline (by the clock, so the list is right even
     * while the sla-monitor lags), or that the sla-monitor reported warned or breached; the earliest deadline first.
     */
    Flux<AtRisk> atRisk(Instant now, int limit) {
        return db.sql("""
                        select c.case_id, c.service_no, c.status, k.policy, k.due_at, k.breach_level
                        from sla_clock k join case_view c on c.case_id = k.case_id
                        where k.state = 'RUNNING'
                          and (c.status is null or c.status not in (%s))
                          and (k.breach_level > 0 or k.warned_at is not null or k.warn_at <= :now or k.due_at <= :now)
                        order by k.due_at nulls last, c.case_id, k.policy
                        limit :limit""".formatted(TERMINAL_STATUSES))
                .bind("now", now)
                .bind("limit", limit)
                .map(row -> {
                    Instant due = row.get("due_at", Instant.class);
                    int breachLevel = row.get("breach_level", Integer.class);
                    boolean breached = breachLevel > 0 || due != null && !due.isAfter(now);
                    return new AtRisk(row.get("case_id", UUID.class), row.get("service_no", String.class),
                            row.get("status", String.class), row.get("policy", String.class), due,
                            breached ? "BREACHED" : "WARNING", breachLevel);
                })
                .all();
    }

    private Mono<Page<CaseRow>> page(Filter filter, ListRequest request, String orderBy) {
        String where = filter.condition() + (request.status() == null ? "" : " and status = :status");
        DatabaseClient.GenericExecuteSpec select = filter.bind(db.sql(
                "select * from case_view where " + where + " order by " + orderBy + ", case_id"
                        + " limit :limit offset :offset"))
                .bind("limit", request.page().size())
                .bind("offset", request.page().offset());
        DatabaseClient.GenericExecuteSpec count = filter.bind(db.sql(
                "select count(*) as total from case_view where " + where));
        if (request.status() != null) {
            select = select.bind("status", request.status().name());
            count = count.bind("status", request.status().name());
        }
        return Mono.zip(
                select.map(CaseRow::read).all().collectList(),
                count.map(row -> row.get("total", Long.class)).one())
                .map(result -> new Page<>(result.getT1(), request.page().page(), request.page().size(),
                        result.getT2()));
    }

    /** A fixed SQL condition and the values bound into it. */
    private record Filter(String condition, Map<String, Object> values) {
        DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec) {
            for (Map.Entry<String, Object> value : values.entrySet()) {
                spec = spec.bind(value.getKey(), value.getValue());
            }
            return spec;
        }
    }

    enum AgentQueue {
        REVIEW, MINE, ESCALATED, ALL
    }
}
