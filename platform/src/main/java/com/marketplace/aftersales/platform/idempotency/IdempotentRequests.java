package com.marketplace.aftersales.platform.idempotency;

import com.marketplace.aftersales.platform.web.ApiProblem;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a command at most once per {@code Idempotency-Key} and caller. The key is claimed, the effect applied and the
 * response stored in one transaction: a retry with the same key and the same request gets the first response without
 * repeating the effect; the same key with a different request is refused ({@code 422}); a request whose effect failed
 * stored nothing and may be retried. A concurrent duplicate waits on the first one's claim, then gets its response.
 * Keys live {@link #TIME_TO_LIVE}.
 */
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final Duration TIME_TO_LIVE = Duration.ofHours(24);
    private static final int MAX_KEY_LENGTH = 255;

    private final DatabaseClient db;
    private final TransactionalOperator transactions;
    private final JsonMapper json;
    private final Clock clock;

    public IdempotentRequests(DatabaseClient db, TransactionalOperator transactions, JsonMapper json, Clock clock) {
        this.db = db;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param key     the request's {@code Idempotency-Key}, or null (then the effect simply runs in a transaction)
     * @param request what identifies the request's content: method, path and body (see {@link #fingerprint})
     * @param effect  the command; it runs inside the transaction, so its database writes and outbox events commit with
     *                the stored response
     */
    public <T> Mono<ResponseEntity<T>> execute(String callerId, String key, String request, Class<T> bodyType,
                                               Supplier<Mono<ResponseEntity<T>>> effect) {
        if (key == null) {
            return Mono.defer(effect).as(transactions::transactional);
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            return Mono.error(ApiProblem.invalid(HEADER, "must be 1 to 255 visible ASCII characters"));
        }
        Instant now = clock.instant();
        return forgetExpired(callerId, key, now)
                .then(claim(callerId, key, request, now))
                .flatMap(claimed -> claimed
                        ? Mono.defer(effect).flatMap(response -> store(callerId, key, response))
                        : replay(callerId, key, request, bodyType))
                .as(transactions::transactional);
    }

    /** A stable digest of a request: same method, path and body give the same fingerprint. */
    public String fingerprint(String method, String path, Object body) {
        String canonical = method + " " + path + "\n" + (body == null ? "" : json.writeValueAsString(body));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Mono<Long> forgetExpiredBefore(Instant cutoff) {
        return db.sql("delete from idempotency_record where created_at < :cutoff")
                .bind("cutoff", cutoff)
                .fetch().rowsUpdated();
    }

    private Mono<Void> forgetExpired(String callerId, String key, Instant now) {
        return db.sql("""
                        delete from idempotency_record
                        where caller_id = :caller and idempotency_key = :key and created_at < :cutoff""")
                .bind("caller", callerId).bind("key", key).bind("cutoff", now.minus(TIME_TO_LIVE))
                .then();
    }

    private Mono<Boolean> claim(String callerId, String key, String request, Instant now) {
        return db.sql("""
                        insert into idempotency_record (caller_id, idempotency_key, request_hash, created_at)
                        values (:caller, :key, :hash, :now)
                        on conflict (caller_id, idempotency_key) do nothing""")
                .bind("caller", callerId).bind("key", key).bind("hash", request).bind("now", now)
                .fetch().rowsUpdated()
                .map(rows -> rows > 0);
    }

    private <T> Mono<ResponseEntity<T>> store(String callerId, String key, ResponseEntity<T> response) {
        URI location = response.getHeaders().getLocation();
        var update = db.sql("""
                        update idempotency_record set status_code = :status, response_body = :body, location = :location
                        where caller_id = :caller and idempotency_key = :key""")
                .bind("status", response.getStatusCode().value())
                .bind("caller", callerId).bind("key", key);
        update = response.getBody() == null ? update.bindNull("body", String.class)
                : update.bind("body", json.writeValueAsString(response.getBody()));
        update = location == null ? update.bindNull("location", String.class)
                : update.bind("location", location.toString());
        return update.then().thenReturn(response);
    }

    private <T> Mono<ResponseEntity<T>> replay(String callerId, String key, String request, Class<T> bodyType) {
        return db.sql("""
                        select request_hash, status_code, response_body, location from idempotency_record
                        where caller_id = :caller and idempotency_key = :key""")
                .bind("caller", callerId).bind("key", key)
                .map((row, meta) -> new Stored(row.get("request_hash", String.class),
                        row.get("status_code", Integer.class), row.get("response_body", String.class),
                        row.get("location", String.class)))
                .one()
                .flatMap(stored -> {
                    if (!stored.requestHash().equals(request)) {
                        return Mono.error(ApiProblem.unprocessable("Idempotency-Key '" + key
                                + "' was already used for a different request"));
                    }
                    ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.valueOf(stored.status()))
                            .header("Idempotent-Replayed", "true");
                    if (stored.location() != null) {
                        builder.location(URI.create(stored.location()));
                    }
                    T body = stored.body() == null ? null : json.readValue(stored.body(), bodyType);
                    return Mono.just(builder.body(body));
                });
    }

    private record Stored(String requestHash, Integer status, String body, String location) {
    }
}
