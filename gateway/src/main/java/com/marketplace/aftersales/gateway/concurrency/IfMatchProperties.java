package com.marketplace.aftersales.gateway.concurrency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.gateway.if-match.*}.
 *
 * @param lookupTimeout how long the gateway waits for case-view's answer about the case's current ETag before it
 *                      answers 503 (nothing was forwarded, so the client may simply repeat)
 */
@ConfigurationProperties("aftersales.gateway.if-match")
public record IfMatchProperties(Duration lookupTimeout) {

    public IfMatchProperties {
        lookupTimeout = lookupTimeout == null ? Duration.ofSeconds(3) : lookupTimeout;
    }
}
