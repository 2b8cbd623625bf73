package com.marketplace.aftersales.platform.outbox;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ValidationDepth;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Who publishes: one relay per service, however many instances run. Leadership is a PostgreSQL session advisory lock
 * held on a dedicated connection (outside the pool); the same connection LISTENs for commit notifications. If the
 * connection dies the lock is released with it, and a standby instance takes over.
 */
class RelayLeadership implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RelayLeadership.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ConnectionFactory connectionFactory;
    private final long lockKey;
    private final Runnable onCommitNotification;
    private PostgresqlConnection connection;
    private Disposable notifications;

    RelayLeadership(ConnectionFactory pooled, String serviceName, Runnable onCommitNotification) {
        this.connectionFactory = unwrap(pooled);
        this.lockKey = ("aftersales-outbox-relay:" + serviceName).hashCode();
        this.onCommitNotification = onCommitNotification;
    }

    /** @return true if this instance holds (or just took) leadership */
    boolean tryAcquire() {
        if (isHeld()) {
            return true;
        }
        release();
        PostgresqlConnection candidate = Mono.from(connectionFactory.create())
                .cast(PostgresqlConnection.class)
                .block(TIMEOUT);
        try {
            Boolean locked = candidate.createStatement("select pg_try_advisory_lock(" + lockKey + ") as locked")
                    .execute()
                    .flatMap(result -> result.map((row, meta) -> row.get("locked", Boolean.class)))
                    .next()
                    .block(TIMEOUT);
            if (!Boolean.TRUE.equals(locked)) {
                close(candidate);
                return false;
            }
            candidate.createStatement("LISTEN " + Outbox.NOTIFY_CHANNEL)
                    .execute()
                    .flatMap(PostgresqlResult::getRowsUpdated)
                    .then()
                    .block(TIMEOUT);
            notifications = candidate.getNotifications().subscribe(n -> onCommitNotification.run(),
                    e -> log.warn("Commit notifications stopped: {}", e.toString()));
            connection = candidate;
        } catch (RuntimeException e) {
            // A half-made attempt must not leave a session holding the lock that nobody uses: no relay would run.
            close(candidate);
            throw e;
        }
        log.info("This instance now relays the outbox");
        return true;
    }

    /** A cheap local check of the session; {@link #confirm()} asks the server. */
    boolean isHeld() {
        return connection != null && validate(ValidationDepth.LOCAL);
    }

    /** Round trip to the server: a session that died silently has lost the lock, and leadership with it. */
    boolean confirm() {
        if (connection != null && !validate(ValidationDepth.REMOTE)) {
            log.warn("Lost the relay's database session; leadership released");
            release();
        }
        return connection != null;
    }

    private boolean validate(ValidationDepth depth) {
        try {
            return Boolean.TRUE.equals(Mono.from(connection.validate(depth)).block(TIMEOUT));
        } catch (RuntimeException e) {
            return false;
        }
    }

    void release() {
        if (notifications != null) {
            notifications.dispose();
            notifications = null;
        }
        if (connection != null) {
            PostgresqlConnection closing = connection;
            connection = null;
            // Closing the session releases the advisory lock.
            Mono.from(closing.close()).onErrorResume(e -> Mono.empty()).block(TIMEOUT);
        }
    }

    @Override
    public void close() {
        release();
    }

    private static void close(PostgresqlConnection candidate) {
        Mono.from(candidate.close()).onErrorResume(e -> Mono.empty()).block(TIMEOUT);
    }

    private static ConnectionFactory unwrap(ConnectionFactory factory) {
        ConnectionFactory current = factory;
        while (current instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory inner) {
            current = inner;
        }
        return current;
    }
}
