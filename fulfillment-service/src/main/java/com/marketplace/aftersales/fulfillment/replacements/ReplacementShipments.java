package com.marketplace.aftersales.fulfillment.replacements;

import com.marketplace.aftersales.contracts.fulfillment.ReplacementKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Replacement shipments, and those in transit as the delivery tracker's queue. Scheduling times (next poll, lease)
 * are the database's clock, so every instance judges leases by the same clock.
 */
@Repository
class ReplacementShipments {

    private final DatabaseClient db;

    ReplacementShipments(DatabaseClient db) {
        this.db = db;
    }

    /** A shipment that just left: due for its first look at once (the carrier starts its journey on that look). */
    Mono<Void> insert(UUID caseId, ReplacementKind kind, String carrier, String waybillNo, Instant shippedAt) {
        return db.sql("""
                        insert into replacement_shipment (case_id, kind, carrier, waybill_no, status, next_poll_at,
                            shipped_at)
                        values (:caseId, :kind, :carrier, :waybillNo, 'IN_TRANSIT', now(), :shippedAt)""")
                .bind("caseId", caseId)
                .bind("kind", kind.name())
                .bind("carrier", carrier)
                .bind("waybillNo", waybillNo)
                .bind("shippedAt", shippedAt)
                .then();
    }

    /**
     * Takes up to {@code limit} shipments due for a look whose lease is free, and leases them to {@code owner};
     * {@code skip locked} makes concurrent instances take disjoint rows.
     */
    Flux<TrackedShipment> claim(String owner, int limit, Duration lease) {
        return db.sql("""
                        update replacement_shipment s
                        set lease_owner = :owner, lease_until = now() + make_interval(secs => :leaseSeconds),
                            polls = s.polls + 1
                        from (select case_id from replacement_shipment
                              where status = 'IN_TRANSIT' and next_poll_at <= now()
                                and (lease_until is null or lease_until <= now())
                              order by next_poll_at
                              limit :limit
                              for update skip locked) due
                        where s.case_id = due.case_id
                        returning s.case_id, s.kind, s.carrier, s.waybill_no, s.shipped_at""")
                .bind("owner", owner)
                .bind("leaseSeconds", lease.toMillis() / 1000.0)
                .bind("limit", limit)
                .map((row, meta) -> new TrackedShipment(
                        row.get("case_id", UUID.class),
                        ReplacementKind.valueOf(row.get("kind", String.class)),
                        row.get("carrier", String.class),
                        row.get("waybill_no", String.class),
                        row.get("shipped_at", Instant.class)))
                .all();
    }

    /** How long until the next shipment in transit is due for a look (or its lease runs out); empty if none is. */
    Mono<Duration> untilNextDue() {
        return db.sql("""
                        select extract(epoch from (min(greatest(next_poll_at, coalesce(lease_until, next_poll_at)))
                            - now()))::float8 * 1000 as wait_millis
                        from replacement_shipment where status = 'IN_TRANSIT'""")
                .map((row, meta) -> Optional.ofNullable(row.get("wait_millis", Double.class)))
                .one()
                .flatMap(Mono::justOrEmpty)
                .map(millis -> Duration.ofMillis(Math.max(0, millis.longValue())));
    }

    /** Locks the shipment for recording a look, if it is still in transit and still leased to {@code owner}. */
    Mono<Boolean> lockIfStillLeasedTo(UUID caseId, String owner) {
        return db.sql("""
                        select 1 from replacement_shipment
                        where case_id = :caseId and lease_owner = :owner and status = 'IN_TRANSIT'
                        for update""")
                .bind("caseId", caseId)
                .bind("owner", owner)
                .map((row, meta) -> true)
                .one()
                .defaultIfEmpty(false);
    }

    Mono<Void> markDelivered(UUID caseId) {
        return db.sql("""
                        update replacement_shipment
                        set status = 'DELIVERED', delivered_at = now(), last_tracking_status = 'DELIVERED',
                            last_error = null, lease_owner = null, lease_until = null
                        where case_id = :caseId""")
                .bind("caseId", caseId)
                .then();
    }

    /** Not delivered yet: look again after {@code delay}, remembering what the carrier said (or why it said nothing). */
    Mono<Void> lookAgainIn(UUID caseId, Duration delay, String trackingStatus, String error) {
        DatabaseClient.GenericExecuteSpec update = db.sql("""
                        update replacement_shipment
                        set next_poll_at = now() + make_interval(secs => :seconds),
                            last_tracking_status = coalesce(:trackingStatus, last_tracking_status),
                            last_error = :error, lease_owner = null, lease_until = null
                        where case_id = :caseId""")
                .bind("caseId", caseId)
                .bind("seconds", delay.toMillis() / 1000.0);
        update = trackingStatus == null ? update.bindNull("trackingStatus", String.class)
                : update.bind("trackingStatus", trackingStatus);
        update = error == null ? update.bindNull("error", String.class) : update.bind("error", error);
        return update.then();
    }
}
