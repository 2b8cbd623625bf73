package com.marketplace.aftersales.caseview;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every limit and timing of case-view ({@code aftersales.caseview.*}), overridable by environment variables
 * (e.g. {@code AFTERSALES_CASEVIEW_SSE_HEARTBEATINTERVAL=5s}).
 */
@ConfigurationProperties("aftersales.caseview")
public record CaseViewProperties(Sse sse, Paging paging, AtRisk atRisk, Fanout fanout, Projection projection) {

    public CaseViewProperties {
        sse = sse == null ? new Sse(null, null) : sse;
        paging = paging == null ? new Paging(null, null) : paging;
        atRisk = atRisk == null ? new AtRisk(null) : atRisk;
        fanout = fanout == null ? new Fanout(null, null, null) : fanout;
        projection = projection == null ? new Projection(null) : projection;
    }

    /**
     * @param heartbeatInterval how often an open stream gets a comment line, so proxies keep it open and a dead client
     *                          is noticed
     * @param subscriberBuffer  live entries buffered for one slow client; past it the stream ends and the client
     *                          resumes with {@code Last-Event-ID}, so one slow phone never holds up the others
     */
    public record Sse(Duration heartbeatInterval, Integer subscriberBuffer) {
        public Sse {
            heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(15) : heartbeatInterval;
            subscriberBuffer = subscriberBuffer == null ? 256 : subscriberBuffer;
            if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
                throw new IllegalArgumentException("aftersales.caseview.sse.heartbeat-interval must be positive");
            }
            if (subscriberBuffer < 1) {
                throw new IllegalArgumentException("aftersales.caseview.sse.subscriber-buffer must be at least 1");
            }
        }
    }

    /** @param defaultSize page size when the request names none; {@code maxSize} the largest a request may ask for */
    public record Paging(Integer defaultSize, Integer maxSize) {
        public Paging {
            defaultSize = defaultSize == null ? 20 : defaultSize;
            maxSize = maxSize == null ? 100 : maxSize;
            if (defaultSize < 1 || defaultSize > maxSize) {
                throw new IllegalArgumentException("aftersales.caseview.paging.default-size must be in 1..max-size");
            }
        }
    }

    /** @param limit the most rows the at-risk list returns (the most urgent first) */
    public record AtRisk(Integer limit) {
        public AtRisk {
            limit = limit == null ? 200 : limit;
            if (limit < 1) {
                throw new IllegalArgumentException("aftersales.caseview.at-risk.limit must be at least 1");
            }
        }
    }

    /**
     * How every instance learns of entries committed by any instance: a dedicated PostgreSQL session LISTENing on the
     * timeline channel.
     *
     * @param healthCheckInterval how often the listening session is asked a round trip; a session that died silently
     *                            (a dropped network path) would otherwise miss notifications unnoticed
     * @param initialBackoff      first wait before reconnecting a lost session, or re-reading entries after a failed
     *                            read; doubles up to {@code maxBackoff}
     * @param maxBackoff          longest wait between attempts
     */
    public record Fanout(Duration healthCheckInterval, Duration initialBackoff, Duration maxBackoff) {
        public Fanout {
            healthCheckInterval = healthCheckInterval == null ? Duration.ofSeconds(15) : healthCheckInterval;
            initialBackoff = initialBackoff == null ? Duration.ofMillis(200) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(10) : maxBackoff;
            if (!positive(healthCheckInterval) || !positive(initialBackoff)
                    || maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("aftersales.caseview.fanout: intervals must be positive and"
                        + " max-backoff at least initial-backoff");
            }
        }
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    /**
     * @param enabled whether this instance consumes the lifecycle topics; an instance with it off only serves the API
     *                and the live streams (the read model and the timeline signals come from the consuming instances)
     */
    public record Projection(Boolean enabled) {
        public static final String ENABLED_KEY = "aftersales.caseview.projection.enabled";

        public Projection {
            enabled = enabled == null || enabled;
        }
    }
}
