package com.marketplace.aftersales.gateway.operations;

import com.marketplace.aftersales.gateway.EdgeOrder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The headers every answer carries, whoever wrote it (a backend, a refusal of the gateway, an error), set just before
 * the answer leaves so they replace whatever a backend sent: the API is JSON for apps, never a page to render, frame
 * or cache. The live stream keeps its own {@code Cache-Control}. Spring Security's own header writer is switched off
 * in the gateway's chain, so these are the only ones.
 */
class SecurityHeadersFilter implements WebFilter, Ordered {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private final OperationsProperties.SecurityHeaders properties;

    SecurityHeadersFilter(OperationsProperties.SecurityHeaders properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpResponse response = exchange.getResponse();
        response.beforeCommit(() -> {
            apply(response.getHeaders());
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private void apply(HttpHeaders headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        MediaType contentType = headers.getContentType();
        if (contentType == null || !MediaType.TEXT_EVENT_STREAM.isCompatibleWith(contentType)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (!properties.hstsMaxAge().isZero()) {
            headers.set("Strict-Transport-Security", "max-age=" + properties.hstsMaxAge().toSeconds()
                    + (properties.hstsIncludeSubdomains() ? "; includeSubDomains" : ""));
        }
    }

    @Override
    public int getOrder() {
        return EdgeOrder.SECURITY_HEADERS;
    }
}
