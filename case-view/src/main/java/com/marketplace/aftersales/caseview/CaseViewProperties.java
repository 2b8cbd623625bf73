package com.marketplace.aftersales.caseview;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every limit and timing of case-view ({@code aftersales.caseview.*}), overridable by environment variables
 * (e.g. {@code AFTERSALES_CASEVIEW_SSE_HEARTBEATINTERVAL=5s}).
 */
@ConfigurationProperties("aftersales.caseview")
public record CaseViewProperties(Sse sse, Paging paging, AtRisk atRisk) {

    public CaseViewProperties {
        sse = sse == null ? new Sse(null, null) : sse;
        paging = paging == null ? new Paging(null, null) : paging;
        atRisk = atRisk == null ? new AtRisk(null) : atRisk;
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
}
