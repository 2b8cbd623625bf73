package com.marketplace.aftersales.gateway.operations;

import com.marketplace.aftersales.gateway.EdgeOrder;
import com.marketplace.aftersales.gateway.errors.Problems;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Cross-origin calls from the configured web origins ({@code aftersales.gateway.cors.allowed-origins}): a preflight is
 * answered here, before authentication (browsers send it without the token); a request from any other origin, or
 * asking for a method or header the API does not take, is a {@code 403} problem. Calls without an {@code Origin}
 * (the apps) are not CORS and pass untouched. No credentials mode: the API uses bearer tokens, not cookies.
 */
class CorsFilter implements WebFilter, Ordered {

    static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            "Idempotency-Key", HttpHeaders.IF_MATCH, "Last-Event-ID");
    static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION,
            HttpHeaders.RETRY_AFTER);

    private final CorsConfiguration configuration;
    private final CorsProcessor processor = new DefaultCorsProcessor();
    private final Problems problems;

    CorsFilter(OperationsProperties.Cors properties, Problems problems) {
        this.problems = problems;
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(properties.allowedOrigins());
        config.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.POST.name()));
        config.setAllowedHeaders(REQUEST_HEADERS);
        config.setExposedHeaders(EXPOSED_HEADERS);
        config.setAllowCredentials(false);
        config.setMaxAge(properties.maxAge());
        this.configuration = config;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!CorsUtils.isCorsRequest(request)) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            return problems.write(exchange.getResponse(), new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden",
                    "Cross-origin requests from " + sanitize(request.getHeaders().getOrigin())
                            + " are not allowed, or not with this method or these headers.", Map.of()));
        }
        if (CorsUtils.isPreFlightRequest(request)) {
            // 200 with the Access-Control-* headers the processor wrote; nothing goes further.
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }

    /** The origin as echoed in the problem: a header the client wrote, so bounded and printable only. */
    private static String sanitize(String origin) {
        String value = origin == null ? "" : origin.replaceAll("[^\\x21-\\x7e]", "?");
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }

    @Override
    public int getOrder() {
        return EdgeOrder.CORS;
    }
}
