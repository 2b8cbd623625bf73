package com.marketplace.aftersales.gateway.operations;

import com.marketplace.aftersales.gateway.CallerIdentity;
import com.marketplace.aftersales.gateway.EdgeOrder;
import com.marketplace.aftersales.gateway.errors.ErrorStatus;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * One line per request on the logger {@value #LOGGER} when it ends (a live stream when it closes): method, path,
 * the names of the query parameters (their values may be anything, a secret included, so they are never written),
 * status, duration, route, principal (subject and roles from the validated token; the token itself is never read
 * here), client address and trace id. The same facts go out as key-value pairs for structured (JSON) logs.
 * Successful probe and scrape calls to {@code /actuator} are not logged: they come every few seconds and say nothing.
 * Also records {@link RequestMetrics} when the answer's status leaves.
 */
class AccessLogFilter implements WebFilter, Ordered {

    static final String LOGGER = "aftersales.access";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final int MAX_PATH = 300;
    private static final int MAX_QUERY_KEYS = 20;

    private final ClientAddresses addresses;
    private final RequestMetrics metrics;

    AccessLogFilter(ClientAddresses addresses, RequestMetrics metrics) {
        this.addresses = addresses;
        this.metrics = metrics;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        String traceId = TraceIds.of(exchange);
        InetAddress client = addresses.of(exchange);
        ServerHttpResponse response = exchange.getResponse();
        AtomicBoolean measured = new AtomicBoolean();
        response.beforeCommit(() -> {
            HttpStatusCode status = response.getStatusCode();
            if (measured.compareAndSet(false, true)) {
                metrics.record(RequestMetrics.routeOf(exchange), status == null ? 200 : status.value(),
                        Duration.ofNanos(System.nanoTime() - started));
            }
            return Mono.empty();
        });
        AtomicReference<Throwable> failure = new AtomicReference<>();
        return chain.filter(exchange)
                .doOnError(failure::set)
                .doFinally(signal -> write(exchange, signal, failure.get(), started, traceId, client));
    }

    private void write(ServerWebExchange exchange, SignalType signal, Throwable failure, long started, String traceId,
                       InetAddress client) {
        ServerHttpRequest request = exchange.getRequest();
        ServerHttpResponse response = exchange.getResponse();
        String status;
        if (failure != null && !response.isCommitted()) {
            // Answered after this filter by the gateway's error handler, with this status.
            status = String.valueOf(ErrorStatus.of(failure).value());
        } else if (signal == SignalType.CANCEL && !response.isCommitted()) {
            status = "-";
        } else {
            HttpStatusCode code = response.getStatusCode();
            status = String.valueOf(code == null ? 200 : code.value());
        }
        String path = abbreviate(request.getPath().value());
        if (path.startsWith("/actuator") && status.startsWith("2")) {
            return;
        }
        String method = request.getMethod().name();
        String queryKeys = queryKeys(request);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        String route = RequestMetrics.routeOf(exchange);
        CallerIdentity caller = CallerIdentity.of(exchange);
        String principal = caller == null ? "-" : printable(caller.subject());
        String roles = caller == null ? "[]" : caller.roles().stream().map(AccessLogFilter::printable)
                .collect(Collectors.joining(",", "[", "]"));
        String address = client == null ? "-" : client.getHostAddress();
        String trace = traceId == null ? "-" : traceId;
        String outcome = signal == SignalType.CANCEL ? " (client went away)" : "";
        log.atInfo()
                .addKeyValue("http.request.method", method)
                .addKeyValue("url.path", path)
                .addKeyValue("url.query.keys", queryKeys)
                .addKeyValue("http.response.status_code", status)
                .addKeyValue("event.duration.ms", millis)
                .addKeyValue("gateway.route", route)
                .addKeyValue("user.name", principal)
                .addKeyValue("user.roles", roles)
                .addKeyValue("client.address", address)
                .addKeyValue("trace.id", trace)
                .log("{} {}{} {} {}ms route={} principal={} roles={} client={} trace={}{}", method, path,
                        queryKeys.isEmpty() ? "" : "?" + queryKeys, status, millis, route, principal, roles, address,
                        trace, outcome);
    }

    /** The parameter names only, e.g. {@code status&page&size}. */
    static String queryKeys(ServerHttpRequest request) {
        List<String> keys = request.getQueryParams().keySet().stream().limit(MAX_QUERY_KEYS)
                .map(key -> key.length() > 40 ? key.substring(0, 40) : key)
                .map(AccessLogFilter::printable)
                .toList();
        return String.join("&", keys);
    }

    /** What a client wrote, made safe for a log line: no control characters, no line breaks. */
    private static String printable(String text) {
        return text == null ? "-" : text.replaceAll("[^\\x21-\\x7e]", "?");
    }

    private static String abbreviate(String path) {
        return path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "…" : path;
    }

    @Override
    public int getOrder() {
        return EdgeOrder.ACCESS_LOG;
    }
}
