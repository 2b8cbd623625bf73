package com.marketplace.aftersales.gateway.operations;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code aftersales.gateway.cors.*} and {@code aftersales.gateway.security-headers.*}. */
final class OperationsProperties {

    private OperationsProperties() {
    }

    /**
     * Browsers on these web origins may call the API (the mobile apps need no CORS).
     *
     * @param allowedOrigins exact origins such as {@code https://console.example.com}; none by default, so every
     *                       cross-origin browser request is refused
     * @param maxAge         how long a browser may reuse a preflight answer
     */
    @ConfigurationProperties("aftersales.gateway.cors")
    record Cors(List<String> allowedOrigins, Duration maxAge) {
        Cors {
            allowedOrigins = allowedOrigins == null ? List.of()
                    : allowedOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
            maxAge = maxAge == null ? Duration.ofHours(1) : maxAge;
        }
    }

    /**
     * @param hstsMaxAge            {@code Strict-Transport-Security} max-age; zero (the default) sends no header, as
     *                              where TLS ends (the ingress) is for the deployment to say
     * @param hstsIncludeSubdomains adds {@code includeSubDomains}
     */
    @ConfigurationProperties("aftersales.gateway.security-headers")
    record SecurityHeaders(Duration hstsMaxAge, Boolean hstsIncludeSubdomains) {
        SecurityHeaders {
            hstsMaxAge = hstsMaxAge == null ? Duration.ZERO : hstsMaxAge;
            hstsIncludeSubdomains = hstsIncludeSubdomains == null || hstsIncludeSubdomains;
        }
    }
}
