package com.marketplace.aftersales.caseview.timeline;

import com.marketplace.aftersales.caseview.CaseViewProperties;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Hears of every timeline entry committed by any case-view instance: one dedicated PostgreSQL session per instance
 * (outside the pool, so it never takes a connection from requests and is never recycled under the LISTEN), LISTENing on
 * {@value TimelineSignal#CHANNEL}. Each notification wakes the case's channel in the {@link TimelineHub} (a map
 * lookup when nobody here follows the case).
 * <p>
 * The session is checked with a round trip every {@code fanout.health-check-interval} (a failed statement, or no
 * answer within the interval, counts as lost) and opened again with backoff
 * when it is lost. Notifications sent while it was down are gone, so every followed case reads what it missed as soon
 * as the session listens again. Until then a stream on this instance still gets the entries this instance commits
 * itself (the projection wakes the hub after its own commits).
 */
@Component
class TimelineListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TimelineListener.class);
    static final String LISTEN = "LISTEN " + TimelineSignal.CHANNEL;

    private final ConnectionFactory connections;
    private final TimelineHub hub;
    private final CaseViewProperties.Fanout fanout;
    private final StreamMetrics metrics;
    private volatile Disposable session;

    TimelineListener(ConnectionFactory pooled, TimelineHub hub, CaseViewProperties properties) {
        this.connections = unwrap(pooled);
        if (!(connections instanceof PostgresqlConnectionFactory)) {
            throw new IllegalStateException("Live streams listen on a PostgreSQL session; the connection factory is "
                    + connections.getClass().getName());
        }
        this.hub = hub;
        this.fanout = properties.fanout();
        this.metrics = hub.metrics();
    }

    @Override
    public void start() {
        session = sessions()
                .retryWhen(Retry.backoff(Long.MAX_VALUE, fanout.initialBackoff())
                        .maxBackoff(fanout.maxBackoff())
                        // each session that reached LISTEN starts the backoff afresh
                        .transientErrors(true)
                        .doBeforeRetry(signal -> {
                            metrics.listening(false);
                            metrics.reconnecting();
                            log.warn("Lost the session listening for timeline entries; opening another: {}",
                                    signal.failure().toString());
                        }))
                .subscribe(listening -> log.info("Listening for timeline entries committed by any instance"),
                        failure -> log.error("Stopped listening for timeline entries", failure));
    }

    /** One listening session after another: emits once per session that listens, fails when a session is lost. */
    private Flux<Boolean> sessions() {
        return Flux.usingWhen(
                Mono.from(connections.create()).cast(PostgresqlConnection.class),
                this::listen,
                PostgresqlConnection::close,
                (connection, failure) -> connection.close(),
                PostgresqlConnection::close);
    }

    private Flux<Boolean> listen(PostgresqlConnection connection) {
        // Notifications are taken before LISTEN is issued and the catch-up read runs after it: an entry is either
        // notified or already committed when the catch-up reads.
        Flux<Boolean> notifications = connection.getNotifications()
                .doOnNext(this::onNotification)
                .thenMany(Flux.error(() -> new IllegalStateException("the listening session ended")));
        Mono<Boolean> listening = listenOn(connection)
                .then(Mono.fromCallable(() -> {
                    metrics.listening(true);
                    hub.catchUpAll();
                    return true;
                }));
        // LISTEN again as the health check: a round trip that changes nothing, and the session keeps showing
        // "LISTEN aftersales_timeline" in pg_stat_activity, so operators can tell it apart.
        Flux<Boolean> healthChecks = Flux.interval(fanout.healthCheckInterval(), fanout.healthCheckInterval())
                .concatMap(tick -> listenOn(connection).timeout(fanout.healthCheckInterval()))
                .thenMany(Flux.empty());
        return Flux.merge(notifications, listening, healthChecks);
    }

    private static Mono<Void> listenOn(PostgresqlConnection connection) {
        return connection.createStatement(LISTEN)
                .execute()
                .flatMap(PostgresqlResult::getRowsUpdated)
                .then();
    }

    private void onNotification(Notification notification) {
        TimelineSignal.parse(notification.getParameter()).ifPresentOrElse(
                signal -> hub.committed(signal.caseId(), signal.entryId()),
                () -> log.debug("Ignoring a timeline notification this version does not read: {}",
                        notification.getParameter()));
    }

    @Override
    public void stop() {
        Disposable current = session;
        if (current != null) {
            current.dispose();
            session = null;
        }
        metrics.listening(false);
    }

    @Override
    public boolean isRunning() {
        return session != null;
    }

    private static ConnectionFactory unwrap(ConnectionFactory factory) {
        ConnectionFactory current = factory;
        while (current instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory inner) {
            current = inner;
        }
        return current;
    }
}
