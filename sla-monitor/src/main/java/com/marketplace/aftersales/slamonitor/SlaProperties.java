package com.marketplace.aftersales.slamonitor;

import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.slamonitor.calendar.CalendarKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Every timing rule of the monitor ({@code aftersales.sla.*}). Absent values take the defaults below; a policy's limit,
 * calendar, warning point and escalation targets absent here take the policy's own (domain rules §5).
 * {@code application.yml} maps the documented environment variables ({@code AFTERSALES_SLA_TIME_SCALE},
 * {@code AFTERSALES_SLA_<POLICY>_LIMIT}, …) onto these keys.
 *
 * @param timeScale               test time scaling: every due time becomes {@code start + timeScale × (due − start)}
 * @param warningFraction         share of the limit after which the handler is warned (a policy may override it)
 * @param policies                per policy id ({@code merchant-response}, …) its overrides
 * @param punctuationInterval     how often due timers are looked for (wall clock)
 * @param maxTimersPerPunctuation timers fired per look; the rest wait for the next one, so a backlog after downtime
 *                                cannot stall the stream thread past its poll interval or transaction timeout
 * @param rememberedEventIds      event ids kept per case to drop redelivered duplicates
 * @param endedCaseRetention      how long a case's state is kept after a terminal event (late duplicates are still
 *                                recognised), then deleted so the stores do not grow forever
 * @param backlog                 when a task counts as replaying a backlog, during which no timer fires
 * @param calendar                the business calendar of business-day policies
 * @param rocksdb                 the memory RocksDB may use for the stores of this instance
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
        Streams streams,
        Calendar calendar,
        RocksDb rocksdb) {

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
        calendar = calendar == null ? new Calendar(null, null, null) : calendar;
        rocksdb = rocksdb == null ? new RocksDb(null, null) : rocksdb;
        if (!(timeScale > 0) || timeScale.isInfinite()) {
            throw new IllegalArgumentException("aftersales.sla.time-scale must be a positive number, was " + timeScale);
        }
        requireFraction("aftersales.sla.warning-fraction", warningFraction);
        requirePositive("aftersales.sla.punctuation-interval", punctuationInterval);
        requirePositive("aftersales.sla.ended-case-retention", endedCaseRetention);
        if (maxTimersPerPunctuation < 1 || rememberedEventIds < 1) {
            throw new IllegalArgumentException(
                    "aftersales.sla.max-timers-per-punctuation and remembered-event-ids must be at least 1");
        }
        policies.forEach((id, settings) -> {
            if (settings != null) {
                settings.validate("aftersales.sla.policies." + id);
            }
        });
    }

    /** Defaults everywhere: what a test or a plain run without configuration gets. */
    public static SlaProperties defaults() {
        return new SlaProperties(null, null, null, null, null, null, null, null, null, null, null);
    }

    public SlaProperties withTimeScale(double scale) {
        return new SlaProperties(scale, warningFraction, policies, punctuationInterval, maxTimersPerPunctuation,
                rememberedEventIds, endedCaseRetention, backlog, streams, calendar, rocksdb);
    }

    public SlaProperties withPunctuationInterval(Duration interval) {
        return new SlaProperties(timeScale, warningFraction, policies, interval, maxTimersPerPunctuation,
                rememberedEventIds, endedCaseRetention, backlog, streams, calendar, rocksdb);
    }

    public SlaProperties withMaxTimersPerPunctuation(int max) {
        return new SlaProperties(timeScale, warningFraction, policies, punctuationInterval, max,
                rememberedEventIds, endedCaseRetention, backlog, streams, calendar, rocksdb);
    }

    /** These settings with one policy's overrides replaced. */
    public SlaProperties withPolicy(String id, PolicySettings settings) {
        Map<String, PolicySettings> changed = new HashMap<>(policies);
        changed.put(id, settings);
        return new SlaProperties(timeScale, warningFraction, changed, punctuationInterval, maxTimersPerPunctuation,
                rememberedEventIds, endedCaseRetention, backlog, streams, calendar, rocksdb);
    }

    public SlaProperties withStreams(Streams settings) {
        return new SlaProperties(timeScale, warningFraction, policies, punctuationInterval, maxTimersPerPunctuation,
                rememberedEventIds, endedCaseRetention, backlog, settings, calendar, rocksdb);
    }

    /**
     * One policy's overrides; every null keeps the policy's default.
     *
     * @param limit           the limit on the policy's calendar, before time scaling (ISO-8601; on a business calendar
     *                        {@code P1D} is one business day)
     * @param calendar        {@code wall-clock} or {@code business-days}
     * @param warningFraction share of the limit after which the handler is warned; else the global one
     * @param warn            who is warned (default the handler, AGENT)
     * @param escalateTo      who hears of breach level 1, 2, … (default SUPERVISOR, OPS_MANAGER); its length is the
     *                        number of levels
     */
    public record PolicySettings(Duration limit, CalendarKind calendar, Double warningFraction, ActorRole warn,
                                 List<ActorRole> escalateTo) {

        public static PolicySettings limit(Duration limit) {
            return new PolicySettings(limit, null, null, null, null);
        }

        public PolicySettings withCalendar(CalendarKind kind) {
            return new PolicySettings(limit, kind, warningFraction, warn, escalateTo);
        }

        void validate(String prefix) {
            if (limit != null && (limit.isZero() || limit.isNegative())) {
                throw new IllegalArgumentException(prefix + ".limit must be positive, was " + limit);
            }
            if (warningFraction != null) {
                requireFraction(prefix + ".warning-fraction", warningFraction);
            }
            if (warn == ActorRole.UNKNOWN) {
                throw new IllegalArgumentException(prefix + ".warn is not a role of the platform");
            }
            if (escalateTo != null && (escalateTo.isEmpty()
                    || escalateTo.stream().anyMatch(role -> role == null || role == ActorRole.UNKNOWN))) {
                throw new IllegalArgumentException(prefix + ".escalate-to needs at least one role, each one the "
                        + "platform knows, was " + escalateTo);
            }
        }
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

    /**
     * The business calendar (README, "Business-day rules").
     *
     * @param zone        whose days count (default Asia/Shanghai)
     * @param workingDays the weekdays worked unless a calendar file says otherwise (default Monday to Friday)
     * @param location    a resource pattern matching one calendar file per year (public holidays, make-up working days)
     */
    public record Calendar(ZoneId zone, Set<DayOfWeek> workingDays, String location) {

        public static final String DEFAULT_LOCATION = "classpath:calendars/cn-mainland-*.calendar";

        public Calendar {
            zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
            workingDays = workingDays == null || workingDays.isEmpty()
                    ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : EnumSet.copyOf(workingDays);
            location = location == null || location.isBlank() ? DEFAULT_LOCATION : location;
        }
    }

    /**
     * Bounds RocksDB's off-heap memory for all stores of this instance together (one block cache and one write buffer
     * manager shared by every store), instead of Kafka Streams' default of a cache and three 16 MB memtables per store.
     *
     * @param blockCacheSize  the shared block cache: data, index and filter blocks, and the memtables charged to it
     * @param writeBufferSize the part of the cache the memtables may take before they are flushed
     */
    public record RocksDb(DataSize blockCacheSize, DataSize writeBufferSize) {
        public RocksDb {
            blockCacheSize = blockCacheSize == null ? DataSize.ofMegabytes(64) : blockCacheSize;
            writeBufferSize = writeBufferSize == null ? DataSize.ofMegabytes(16) : writeBufferSize;
            if (blockCacheSize.toBytes() <= 0 || writeBufferSize.toBytes() <= 0
                    || writeBufferSize.toBytes() >= blockCacheSize.toBytes()) {
                throw new IllegalArgumentException("aftersales.sla.rocksdb: write-buffer-size must be positive and "
                        + "smaller than block-cache-size, were " + writeBufferSize + " and " + blockCacheSize);
            }
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    private static void requireFraction(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must lie between 0 and 1, was " + value);
        }
    }
}
