package com.marketplace.aftersales.intake;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Everything about intake that operations may change without a release ({@code aftersales.intake.*}, overridable by
 * environment variables such as {@code AFTERSALES_INTAKE_EVIDENCE_MAX_VIDEO_SIZE=80MB}). The resilience of the calls
 * to fulfillment (time limit, circuit breaker) is under {@code resilience4j.*}, instance {@code fulfillment}.
 */
@ConfigurationProperties("aftersales.intake")
public record IntakeProperties(ServiceNumbers serviceNumbers, Evidence evidence, Orders orders,
                               Fulfillment fulfillment) {

    public IntakeProperties {
        serviceNumbers = serviceNumbers == null ? new ServiceNumbers(null) : serviceNumbers;
        evidence = evidence == null ? new Evidence(null, null, null, null, null) : evidence;
        orders = orders == null ? new Orders(null) : orders;
        fulfillment = fulfillment == null ? new Fulfillment(null, null, null) : fulfillment;
    }

    /**
     * @param zone the calendar day in a service number ({@code AS-YYYYMMDD-NNNNNN}) is the day in this zone; the
     *             customers' day, not the server's
     */
    public record ServiceNumbers(ZoneId zone) {
        public ServiceNumbers {
            zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        }
    }

    /**
     * @param maxImageSize         largest accepted photo (JPEG, PNG, WebP)
     * @param maxVideoSize         largest accepted video (MP4)
     * @param maxPerCase           pieces of evidence one case may hold; the bytes live in intake's database
     * @param maxConcurrentUploads uploads one instance reads at the same time; an upload holds up to its type's limit
     *                             in memory until it is stored, so this times the largest limit bounds the heap they
     *                             take. Further uploads are answered {@code 503} with {@code Retry-After}
     * @param busyRetryAfter       the {@code Retry-After} of that answer
     */
    public record Evidence(DataSize maxImageSize, DataSize maxVideoSize, Integer maxPerCase,
                           Integer maxConcurrentUploads, Duration busyRetryAfter) {
        public Evidence {
            maxImageSize = maxImageSize == null ? DataSize.ofMegabytes(10) : maxImageSize;
            maxVideoSize = maxVideoSize == null ? DataSize.ofMegabytes(50) : maxVideoSize;
            maxPerCase = maxPerCase == null ? 20 : maxPerCase;
            maxConcurrentUploads = maxConcurrentUploads == null ? 4 : maxConcurrentUploads;
            busyRetryAfter = busyRetryAfter == null ? Duration.ofSeconds(5) : busyRetryAfter;
            if (maxImageSize.toBytes() > MAX_FILE_SIZE.toBytes() || maxVideoSize.toBytes() > MAX_FILE_SIZE.toBytes()) {
                throw new IllegalArgumentException("Evidence size limits must not exceed " + MAX_FILE_SIZE);
            }
            if (maxConcurrentUploads < 1) {
                throw new IllegalArgumentException("aftersales.intake.evidence.max-concurrent-uploads must be at least 1");
            }
        }

        /** An accepted file is held in memory until it is stored; more than this has no place in a request. */
        private static final DataSize MAX_FILE_SIZE = DataSize.ofMegabytes(1024);

        /** The most any upload may carry, whatever its type. */
        public DataSize largest() {
            return maxImageSize.compareTo(maxVideoSize) >= 0 ? maxImageSize : maxVideoSize;
        }
    }

    /** @param writeTimeout how long storing one order record in the replica may take before it counts as failed */
    public record Orders(Duration writeTimeout) {
        public Orders {
            writeTimeout = writeTimeout == null ? Duration.ofSeconds(20) : writeTimeout;
        }
    }

    /**
     * Fulfillment, which intake asks before it lets a customer withdraw a case (it knows whether anything moved).
     *
     * @param baseUrl        fulfillment's own address (its internal endpoints are not routed by the gateway)
     * @param connectTimeout how long opening a connection may take; each whole call is bounded by the
     *                       {@code fulfillment} time limiter
     * @param retryAfter     the {@code Retry-After} intake announces when fulfillment cannot answer
     */
    public record Fulfillment(URI baseUrl, Duration connectTimeout, Duration retryAfter) {
        public Fulfillment {
            baseUrl = baseUrl == null ? URI.create("http://localhost:8083") : baseUrl;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
            retryAfter = retryAfter == null ? Duration.ofSeconds(5) : retryAfter;
        }
    }
}
