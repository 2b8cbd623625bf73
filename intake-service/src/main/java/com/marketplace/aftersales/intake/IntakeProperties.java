package com.marketplace.aftersales.intake;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Everything about intake that operations may change without a release ({@code aftersales.intake.*}, overridable by
 * environment variables such as {@code AFTERSALES_INTAKE_EVIDENCE_MAX_VIDEO_SIZE=80MB}).
 */
@ConfigurationProperties("aftersales.intake")
public record IntakeProperties(ServiceNumbers serviceNumbers, Evidence evidence, Orders orders) {

    public IntakeProperties {
        serviceNumbers = serviceNumbers == null ? new ServiceNumbers(null) : serviceNumbers;
        evidence = evidence == null ? new Evidence(null, null, null) : evidence;
        orders = orders == null ? new Orders(null) : orders;
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
     * @param maxImageSize largest accepted photo (JPEG, PNG, WebP)
     * @param maxVideoSize largest accepted video (MP4)
     * @param maxPerCase   pieces of evidence one case may hold; the bytes live in intake's database
     */
    public record Evidence(DataSize maxImageSize, DataSize maxVideoSize, Integer maxPerCase) {
        public Evidence {
            maxImageSize = maxImageSize == null ? DataSize.ofMegabytes(10) : maxImageSize;
            maxVideoSize = maxVideoSize == null ? DataSize.ofMegabytes(50) : maxVideoSize;
            maxPerCase = maxPerCase == null ? 20 : maxPerCase;
            // An accepted file is held in one array before it is stored.
            if (maxImageSize.toBytes() > MAX_FILE_SIZE.toBytes() || maxVideoSize.toBytes() > MAX_FILE_SIZE.toBytes()) {
                throw new IllegalArgumentException("Evidence size limits must not exceed " + MAX_FILE_SIZE);
            }
        }

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
}
