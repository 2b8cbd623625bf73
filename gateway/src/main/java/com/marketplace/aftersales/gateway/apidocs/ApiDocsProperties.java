package com.marketplace.aftersales.gateway.apidocs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.gateway.api-docs.*}: the merged API description at {@code GET /v3/api-docs}.
 *
 * @param cacheFor          how long a complete document is served before the services are asked again
 * @param retryMissingAfter how long a document with a service missing is served before trying again
 * @param fetchTimeout      how long the gateway waits for one service's document
 * @param version           {@code info.version} of the suite's API
 */
@ConfigurationProperties("aftersales.gateway.api-docs")
public record ApiDocsProperties(Duration cacheFor, Duration retryMissingAfter, Duration fetchTimeout, String version) {

    public ApiDocsProperties {
        cacheFor = cacheFor == null ? Duration.ofSeconds(30) : cacheFor;
        retryMissingAfter = retryMissingAfter == null ? Duration.ofSeconds(5) : retryMissingAfter;
        fetchTimeout = fetchTimeout == null ? Duration.ofSeconds(5) : fetchTimeout;
        version = version == null || version.isBlank() ? "v1" : version;
    }
}
