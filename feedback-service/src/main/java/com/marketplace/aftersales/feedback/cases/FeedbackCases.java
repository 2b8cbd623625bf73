package com.marketplace.aftersales.feedback.cases;

import com.marketplace.aftersales.contracts.feedback.CloseReason;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code feedback_case} table. Facts from other stages are merged column by column with upserts, because their
 * events arrive on different topics in no particular order; decisions of this service are made on a locked row.
 */
@Repository
public class FeedbackCases {

    private static final String COLUMNS = """
            case_id, service_no, customer_id, merchant_id, resolved_at, ending, ended_at, rating, comment, rated_at,
            closed_at, close_reason""";

    private final DatabaseClient db;

    FeedbackCases(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> recordSubmitted(UUID caseId, String serviceNo, String customerId, String merchantId) {
        var insert = db.sql("""
                        insert into feedback_case (case_id, service_no, customer_id, merchant_id)
                        values (:caseId, :serviceNo, :customerId, :merchantId)
                        on conflict (case_id) do update set service_no = excluded.service_no,
                            customer_id = excluded.customer_id, merchant_id = excluded.merchant_id""")
                .bind("caseId", caseId)
                .bind("customerId", customerId);
        insert = bindNullable(insert, "serviceNo", serviceNo);
        insert = bindNullable(insert, "merchantId", merchantId);
        return insert.then();
    }

    /** A later resolution (say, compensation after a refund) restarts the rating window. */
    Mono<Void> recordResolved(UUID caseId, Instant at) {
        return db.sql("""
                        insert into feedback_case (case_id, resolved_at) values (:caseId, :at)
                        on conflict (case_id) do update
                            set resolved_at = greatest(feedback_case.resolved_at, excluded.resolved_at)""")
                .bind("caseId", caseId)
                .bind("at", at)
                .then();
    }

    /** The first ending counts; endings are terminal, a second one changes nothing. */
    Mono<Void> recordEnded(UUID caseId, FeedbackCase.Ending ending, Instant at) {
        return db.sql("""
                        insert into feedback_case (case_id, ending, ended_at) values (:caseId, :ending, :at)
                        on conflict (case_id) do update
                            set ending = coalesce(feedback_case.ending, excluded.ending),
                                ended_at = coalesce(feedback_case.ended_at, excluded.ended_at)""")
                .bind("caseId", caseId)
                .bind("ending", ending.name())
                .bind("at", at)
                .then();
    }

    /** The case, locked until the caller's transaction ends, so two decisions about one case never interleave. */
    public Mono<FeedbackCase> lock(UUID caseId) {
        return db.sql("select " + COLUMNS + " from feedback_case where case_id = :caseId for update")
                .bind("caseId", caseId)
                .map(FeedbackCases::read)
                .one();
    }

    /** Like {@link #lock}, but empty if someone else holds the case right now (a customer rating it, say). */
    public Mono<FeedbackCase> lockUnlessBusy(UUID caseId) {
        return db.sql("select " + COLUMNS + " from feedback_case where case_id = :caseId for update skip locked")
                .bind("caseId", caseId)
                .map(FeedbackCases::read)
                .one();
    }

    public Mono<FeedbackCase> find(UUID caseId) {
        return db.sql("select " + COLUMNS + " from feedback_case where case_id = :caseId")
                .bind("caseId", caseId)
                .map(FeedbackCases::read)
                .one();
    }

    /** Stores what this service decides: the rating and the closure. Facts from other stages are not touched. */
    public Mono<Void> saveDecision(FeedbackCase decided) {
        var update = db.sql("""
                        update feedback_case set rating = :rating, comment = :comment, rated_at = :ratedAt,
                            closed_at = :closedAt, close_reason = :closeReason
                        where case_id = :caseId""")
                .bind("caseId", decided.caseId());
        update = decided.rating() == null ? update.bindNull("rating", Integer.class)
                : update.bind("rating", decided.rating());
        update = bindNullable(update, "comment", decided.comment());
        update = decided.ratedAt() == null ? update.bindNull("ratedAt", Instant.class)
                : update.bind("ratedAt", decided.ratedAt());
        update = decided.closedAt() == null ? update.bindNull("closedAt", Instant.class)
                : update.bind("closedAt", decided.closedAt());
        update = bindNullable(update, "closeReason",
                decided.closeReason() == null ? null : decided.closeReason().name());
        return update.fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty()
                        : Mono.error(new IllegalStateException("Case " + decided.caseId() + " vanished")));
    }

    /** Open cases resolved at or before {@code cutoff}, oldest first: those the closing job is due to close. */
    public Flux<UUID> resolvedAndOpenSince(Instant cutoff, int limit) {
        return db.sql("""
                        select case_id from feedback_case
                        where resolved_at <= :cutoff and closed_at is null and ending is null
                        order by resolved_at
                        limit :limit""")
                .bind("cutoff", cutoff)
                .bind("limit", limit)
                .map(row -> row.get("case_id", UUID.class))
                .all();
    }

    private static FeedbackCase read(Readable row) {
        String ending = row.get("ending", String.class);
        String closeReason = row.get("close_reason", String.class);
        return new FeedbackCase(
                row.get("case_id", UUID.class),
                row.get("service_no", String.class),
                row.get("customer_id", String.class),
                row.get("merchant_id", String.class),
                row.get("resolved_at", Instant.class),
                ending == null ? null : FeedbackCase.Ending.valueOf(ending),
                row.get("ended_at", Instant.class),
                row.get("rating", Integer.class),
                row.get("comment", String.class),
                row.get("rated_at", Instant.class),
                row.get("closed_at", Instant.class),
                closeReason == null ? null : CloseReason.valueOf(closeReason));
    }

    private static DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec, String name,
                                                                  String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }
}
