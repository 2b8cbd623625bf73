package com.marketplace.aftersales.gateway;

import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;

/**
 * The order in which a request meets the gateway's filters, in one place because each step relies on the ones before.
 * <ol>
 *     <li>Web filters, for every request:
 *     access log and request metrics (outermost: they see every answer, refusals included) → security headers (on every
 *     answer) → CORS (a refused origin or a preflight ends here; later refusals still carry the CORS headers a browser
 *     needs to read them) → rate limit per client address (before the token costs a signature check) → Spring
 *     Security (token, role × path) → rate limit per principal.</li>
 *     <li>Gateway filters, for routed requests only (an unknown path is a 404 without any of this):
 *     body limit (a declared length over the limit is refused before anything else; a streamed body is counted
 *     while it passes) → {@code If-Match} check against case-view → the route's own filters (fallback, circuit
 *     breaker, retry) → the call to the backend.</li>
 * </ol>
 */
public final class EdgeOrder {

    public static final int ACCESS_LOG = Ordered.HIGHEST_PRECEDENCE;
    public static final int SECURITY_HEADERS = ACCESS_LOG + 1;
    public static final int CORS = -300;
    public static final int ADDRESS_RATE_LIMIT = -200;
    /** Spring Security's {@code WebFilterChainProxy} runs at -100 ({@code WebFluxSecurityConfiguration}). */
    public static final int PRINCIPAL_RATE_LIMIT = -50;

    /** Before {@link NettyWriteResponseFilter} (-1), so a body refused half-way can still be answered with a 413. */
    public static final int BODY_LIMIT = NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 10;
    public static final int IF_MATCH = BODY_LIMIT + 1;

    private EdgeOrder() {
    }
}
