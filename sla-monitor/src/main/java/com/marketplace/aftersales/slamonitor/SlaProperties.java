package com.marketplace.aftersales.slamonitor;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every timing rule of the monitor ({@code aftersales.sla.*}). Absent values take the defaults below; policy limits
 * absent here take the policy's own default (domain rules §5). {@code application.yml} maps the documented environment
 * variables ({@code AFTERSALES_SLA_TIME_SCALE}, {@code AFTERSALES_SLA_<POLICY>_LIMIT}, …) onto these keys.
 *
 * @param timeScale               test time scaling: every due time becomes {@code start + timeScale × (due − start)}
 * @param warningFraction         share of the limit after which the handler is warned
 * @param policies                per policy id ({@code merchant-response}, …) its overrides
 * @param punctuationInterval     how often due timers are looked for (wall clock)
 * @param maxTimersPerPunctuation timers fired per look; the rest wait for the next one, so a backlog after downtime
 *                                cannot stall the stream thread past its poll interval or transaction timeout
 * @param rememberedEventIds      event ids kept per case to drop redelivered duplicates
 * @param endedCaseRetention      how long a case's state is kept after a terminal event (late duplicates are still
 *                                recognised), then deleted so the stores do not grow forever
 * @param backlog                 when a task counts as replaying a backlog, during which no timer fires
 */
@ConfigurationProperties("aftersales.sla")
public record SlaProperties(
        Double timeScale,
        Double warningFraction,
        Map<String, PolicySettings> policies,
        Duration punctuationInterval,
        Integer maxTimersPerPunctuation,
        Integer rememberedEventIds,
        Duration endedCaseRetention,
        Backlog backlog,
        Streams streams) {

    public SlaProperties {
        timeScale = timeScale == null ? 1.0 : timeScale;
        warningFraction = warningFraction == null ? 0.8 : warningFraction;
        policies = policies == null ? Map.of() : Map.copyOf(policies);
        punctuationInterval = punctuationInterval == null ? Duration.ofSeconds(1) : punctuationInterval;
        maxTimersPerPunctuation = maxTimersPerPunctuation == null ? 500 : maxTimersPerPunctuation;
        rememberedEventIds = rememberedEventIds == null ? 64 : rememberedEventIds;
        endedCaseRetention = endedCaseRetention == null ? Duration.ofDays(30) : endedCaseRetention;
        backlog = backlog == null ? new Backlog(null, null) : backlog;
        streams = streams == null ? new Streams(null, null, null, null, null) : streams;
        if (!(timeScale > 0) || timeScale.isInfinite()) {
            throw new IllegalArgumentException("aftersales.sla.time-scale must be a positive number, was " + timeScale);
        }
        if (!(warningFraction > 0 && warningFraction < 1)) {
            throw new IllegalArgumentException(
                    "aftersales.sla.warning-fraction must lie between 0 and 1, was " + warningFraction);
        }
        requirePositive("aftersales.sla.punctuation-interval", punctuationInterval);
        requirePositive("aftersales.sla.ended-case-retention", endedCaseRetention);
        if (maxTimersPerPunctuation < 1 || rememberedEventIds < 1) {
            throw new IllegalArgumentException(
                    "aftersales.sla.max-timers-per-punctuation and remembered-event-ids must be at least 1");
        }
    }

    /** Defaults everywhere: what a test or a plain run without configuration gets. */
    public static SlaProperties defaults() {
        return new SlaProperties(null, null, null, null, null, null, null, null, null);
    }

    /** @param limit the policy's limit on the real calendar, before time scaling; null keeps the policy's default */
    public record PolicySettings(Duration limit) {
    }

    /**
     * A task that just applied a record older than {@code lagThreshold} is replaying a backlog (after downtime, or a
     * first start on old topics) until it has seen no record for {@code quietPeriod}. Meanwhile its timers wait: a
     * deadline is only judged once the events that might have met it have been read, so a restart does not announce
     * breaches of deadlines that were met while the monitor was away.
     */
    public record Backlog(Duration lagThreshold, Duration quietPeriod) {
        public Backlog {
            lagThreshold = lagThreshold == null ? Duration.ofSeconds(30) : lagThreshold;
            quietPeriod = quietPeriod == null ? Duration.ofSeconds(3) : quietPeriod;
            requirePositive("aftersales.sla.backlog.lag-threshold", lagThreshold);
            requirePositive("aftersales.sla.backlog.quiet-period", quietPeriod);
        }
    }

    /**
     * @param applicationId     Kafka Streams application id: consumer group and prefix of the changelog topics
     * @param stateDir          where RocksDB keeps the stores; empty picks a default (see {@code StateDirectory})
     * @param replicationFactor of the changelog topics Kafka Streams creates (1 locally, 3 in a cluster)
     * @param threads           stream threads of this instance
     * @param closeTimeout      how long a shutdown waits for the current transaction to commit
     */
    public record Streams(String applicationId, String stateDir, Integer replicationFactor, Integer threads,
                          Duration closeTimeout) {
        public Streams {
            applicationId = applicationId == null || applicationId.isBlank() ? "sla-monitor" : applicationId;
            replicationFactor = replicationFactor == null ? 1 : replicationFactor;
            threads = threads == null ? 1 : threads;
            closeTimeout = closeTimeout == null ? Duration.ofSeconds(15) : closeTimeout;
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
