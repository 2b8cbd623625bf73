package com.marketplace.aftersales.feedback.reports;

import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.feedback.FeedbackProperties;
import com.marketplace.aftersales.feedback.cases.Rating;
import com.marketplace.aftersales.feedback.metrics.FeedbackMetrics;
import com.marketplace.aftersales.feedback.metrics.FeedbackMetrics.ReportFact;
import com.marketplace.aftersales.platform.support.AfterCommit;
import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The stored monthly figures ({@code report_*} tables), updated one fact at a time inside the caller's transaction:
 * a consumer's (so the inbox makes each event count once) or a decision's (so an idempotent replay counts nothing).
 * Facts that must count once per case or per refund whatever events repeat are first recorded per case or refund;
 * the month's counter moves only when the fact is new.
 *
 * <p>Rows are locked in one order (per-case and per-refund rows, then histogram and SLA rows, then the month's row,
 * and only after the service's own {@code feedback_case} row), so concurrent transactions wait but never deadlock.
 */
@Repository
public class MonthlyTallies {

    private final DatabaseClient db;
    private final ZoneId zone;
    private final FeedbackMetrics metrics;

    MonthlyTallies(DatabaseClient db, FeedbackProperties properties, FeedbackMetrics metrics) {
        this.db = db;
        this.zone = properties.reports().zone();
        this.metrics = metrics;
    }

    /** The counters of {@code report_month}. */
    private enum Column {
        CASES_OPENED("cases_opened"), CASES_RESOLVED("cases_resolved"), CLOSED_RATED("cases_closed_rated"),
        CLOSED_WITHOUT_RATING("cases_closed_unrated"), RETURNS_SHIPPED("returns_shipped"),
        COMPLAINTS_FILED("complaints_filed"), RATINGS_1("ratings_1"), RATINGS_2("ratings_2"), RATINGS_3("ratings_3"),
        RATINGS_4("ratings_4"), RATINGS_5("ratings_5"), FOLLOW_UPS_OPENED("follow_ups_opened");

        private final String column;

        Column(String column) {
            this.column = column;
        }

        static Column ratings(int score) {
            return valueOf("RATINGS_" + score);
        }
    }

    /** The per-case firsts of {@code report_case}. */
    private enum CaseFirst {
        OPENED("opened_at"), RESOLVED("first_resolved_at"), RETURN_SHIPPED("return_shipped_at");

        private final String column;

        CaseFirst(String column) {
            this.column = column;
        }
    }

    // --- facts of other stages (consumers) ---

    Mono<Void> caseOpened(UUID caseId, Instant at) {
        return countOncePerCase(caseId, CaseFirst.OPENED, at, Column.CASES_OPENED, ReportFact.CASE_OPENED);
    }

    Mono<Void> caseResolved(UUID caseId, Instant at) {
        return countOncePerCase(caseId, CaseFirst.RESOLVED, at, Column.CASES_RESOLVED, ReportFact.CASE_RESOLVED);
    }

    Mono<Void> returnShipped(UUID caseId, Instant at) {
        return countOncePerCase(caseId, CaseFirst.RETURN_SHIPPED, at, Column.RETURNS_SHIPPED,
                ReportFact.RETURN_SHIPPED);
    }

    Mono<Void> refundRequested(UUID refundId, UUID caseId, Instant at) {
        return refundEvent(refundId, caseId, "requested_at", at);
    }

    Mono<Void> refundIssued(UUID refundId, UUID caseId, Instant at) {
        return refundEvent(refundId, caseId, "issued_at", at);
    }

    /** Met and breached clocks count; cancelled ones (the case ended first) and unknown outcomes do not. */
    Mono<Void> slaClockStopped(SlaPolicy policy, ClockOutcome outcome, Instant at) {
        String column = switch (outcome) {
            case MET -> "met";
            case BREACHED -> "breached";
            case CANCELLED, UNKNOWN -> null;
        };
        if (column == null) {
            return Mono.empty();
        }
        return db.sql("insert into report_sla (month, policy, " + column + ") values (:month, :policy, 1)"
                        + " on conflict (month, policy) do update set " + column + " = report_sla." + column + " + 1")
                .bind("month", ReportMonth.of(at, zone).firstDay())
                .bind("policy", policy.id())
                .then()
                .then(counted(outcome == ClockOutcome.MET ? ReportFact.SLA_CLOCK_MET : ReportFact.SLA_CLOCK_BREACHED));
    }

    // --- this service's own decisions, in the decision's transaction ---

    /** A rating closes the case; a negative one also opened a follow-up. */
    public Mono<Void> rated(Rating rating, Instant at) {
        List<Column> columns = new ArrayList<>(List.of(Column.ratings(rating.score()), Column.CLOSED_RATED));
        if (rating.isNegative()) {
            columns.add(Column.FOLLOW_UPS_OPENED);
        }
        return add(ReportMonth.of(at, zone), columns);
    }

    public Mono<Void> closedWithoutRating(Instant at) {
        return add(ReportMonth.of(at, zone), List.of(Column.CLOSED_WITHOUT_RATING));
    }

    public Mono<Void> complaintFiled(Instant at) {
        return add(ReportMonth.of(at, zone), List.of(Column.COMPLAINTS_FILED));
    }

    // --- reading ---

    Mono<MonthCounts> counts(ReportMonth month) {
        return db.sql("select * from report_month where month = :month")
                .bind("month", month.firstDay())
                .map(MonthlyTallies::readCounts)
                .one()
                .defaultIfEmpty(MonthCounts.NONE);
    }

    Mono<LeadTimeHistogram> refundLeadTimes(ReportMonth month) {
        return db.sql("select bucket, refunds from report_refund_lead_time where month = :month")
                .bind("month", month.firstDay())
                .map(row -> Map.entry(row.get("bucket", Integer.class), row.get("refunds", Long.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(LeadTimeHistogram::of);
    }

    Mono<List<SlaTally>> slaClocks(ReportMonth month) {
        return db.sql("select policy, met, breached from report_sla where month = :month order by policy")
                .bind("month", month.firstDay())
                .map(row -> new SlaTally(row.get("policy", String.class), row.get("met", Long.class),
                        row.get("breached", Long.class)))
                .all()
                .collectList();
    }

    // --- the statements ---

    private Mono<Void> countOncePerCase(UUID caseId, CaseFirst first, Instant at, Column column, ReportFact fact) {
        return db.sql("insert into report_case (case_id, " + first.column + ") values (:caseId, :at)"
                        + " on conflict (case_id) do update set " + first.column + " = excluded." + first.column
                        + " where report_case." + first.column + " is null")
                .bind("caseId", caseId)
                .bind("at", at)
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 0 ? Mono.<Void>empty()
                        : add(ReportMonth.of(at, zone), List.of(column)).then(counted(fact)));
    }

    /**
     * Records one side of a refund; the side that completes the pair (whichever is read last) records the lead time,
     * in the month the refund was paid. A side seen before changes nothing.
     */
    private Mono<Void> refundEvent(UUID refundId, UUID caseId, String column, Instant at) {
        return db.sql("insert into report_refund (refund_id, case_id, " + column + ") values (:refundId, :caseId, :at)"
                        + " on conflict (refund_id) do update set " + column + " = excluded." + column
                        + " where report_refund." + column + " is null"
                        + " returning requested_at, issued_at")
                .bind("refundId", refundId)
                .bind("caseId", caseId)
                .bind("at", at)
                .map(row -> new RefundTimes(row.get("requested_at", Instant.class),
                        row.get("issued_at", Instant.class)))
                .one()
                .filter(RefundTimes::complete)
                .flatMap(times -> db.sql("""
                                insert into report_refund_lead_time (month, bucket, refunds) values (:month, :bucket, 1)
                                on conflict (month, bucket)
                                    do update set refunds = report_refund_lead_time.refunds + 1""")
                        .bind("month", ReportMonth.of(times.issuedAt(), zone).firstDay())
                        .bind("bucket", LeadTimeHistogram.bucketOf(times.leadTime()))
                        .then()
                        .then(counted(ReportFact.REFUND_PAID)));
    }

    private Mono<Void> add(ReportMonth month, List<Column> columns) {
        String names = columns.stream().map(c -> c.column).collect(Collectors.joining(", "));
        String ones = columns.stream().map(c -> "1").collect(Collectors.joining(", "));
        String increments = columns.stream().map(c -> c.column + " = report_month." + c.column + " + 1")
                .collect(Collectors.joining(", "));
        return db.sql("insert into report_month (month, " + names + ") values (:month, " + ones + ")"
                        + " on conflict (month) do update set " + increments)
                .bind("month", month.firstDay())
                .then();
    }

    private Mono<Void> counted(ReportFact fact) {
        return AfterCommit.run(() -> metrics.reportFact(fact));
    }

    private static MonthCounts readCounts(Readable row) {
        Map<Column, Long> values = new LinkedHashMap<>();
        for (Column column : Column.values()) {
            values.put(column, row.get(column.column, Long.class));
        }
        return new MonthCounts(values.get(Column.CASES_OPENED), values.get(Column.CASES_RESOLVED),
                values.get(Column.CLOSED_RATED), values.get(Column.CLOSED_WITHOUT_RATING),
                values.get(Column.RETURNS_SHIPPED), values.get(Column.COMPLAINTS_FILED),
                List.of(values.get(Column.RATINGS_1), values.get(Column.RATINGS_2), values.get(Column.RATINGS_3),
                        values.get(Column.RATINGS_4), values.get(Column.RATINGS_5)),
                values.get(Column.FOLLOW_UPS_OPENED));
    }

    private record RefundTimes(Instant requestedAt, Instant issuedAt) {
        boolean complete() {
            return requestedAt != null && issuedAt != null;
        }

        Duration leadTime() {
            return Duration.between(requestedAt, issuedAt);
        }
    }
}
