package com.marketplace.aftersales.gateway.bodylimit;

import com.marketplace.aftersales.gateway.ClientFault;
import com.marketplace.aftersales.gateway.EdgeOrder;
import com.marketplace.aftersales.gateway.errors.Problems;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Request bodies over the route's limit are refused with {@code 413} problem+json, without ever holding a body in
 * memory: a declared {@code Content-Length} over the limit is refused before anything is read or forwarded; a body
 * without one (chunked) is counted as it streams to the backend, and the call is cut off at the first byte over the
 * limit (the backend sees a broken upload, never a complete request, so it applies nothing). Such a cut is the
 * client's doing: the circuit breaker does not count it and the backend fallback lets it through to be answered here.
 * <p>
 * The limit of a route is its metadata {@value #ROUTE_METADATA} (e.g. {@code 51MB}), else
 * {@code aftersales.gateway.body-limits.default-max}.
 */
class BodyLimitFilter implements GlobalFilter, Ordered {

    static final String ROUTE_METADATA = "max-body-size";

    private final BodyLimitProperties properties;
    private final Problems problems;

    BodyLimitFilter(BodyLimitProperties properties, Problems problems) {
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        long limit = limitOf(exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR));
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return tooLarge(exchange, limit);
        }
        ServerHttpRequest counted = new CountedBody(request, limit);
        return chain.filter(exchange.mutate().request(counted).build())
                .onErrorResume(ClientFault::isCause, failure -> {
                    if (exchange.getResponse().isCommitted()
                            || !(ClientFault.find(failure) instanceof RequestBodyTooLarge tooLarge)) {
                        return Mono.error(failure);
                    }
                    return tooLarge(exchange, tooLarge.limitBytes());
                });
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        return problems.write(exchange.getResponse(), ApiProblem.contentTooLarge(
                "The request body is larger than the " + readable(limit) + " this endpoint accepts.", limit));
    }

    private static String readable(long bytes) {
        DataSize size = DataSize.ofBytes(bytes);
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes % DataSize.ofKilobytes(1).toBytes() == 0 ? size.toKilobytes() + " KB" : bytes + " bytes";
    }

    long limitOf(Route route) {
        Object configured = route == null ? null : route.getMetadata().get(ROUTE_METADATA);
        if (configured instanceof Number bytes) {
            return bytes.longValue();
        }
        if (configured != null) {
            return DataSize.parse(configured.toString().strip()).toBytes();
        }
        return properties.defaultMax().toBytes();
    }

    @Override
    public int getOrder() {
        return EdgeOrder.BODY_LIMIT;
    }

    /** The request with a body that fails once more than {@code limit} bytes have passed. */
    private static final class CountedBody extends ServerHttpRequestDecorator {

        private final long limit;

        CountedBody(ServerHttpRequest delegate, long limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> {
                AtomicLong passed = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (passed.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new RequestBodyTooLarge(limit));
                    } else {
                        sink.next(buffer);
                    }
                });
            });
        }
    }
}
