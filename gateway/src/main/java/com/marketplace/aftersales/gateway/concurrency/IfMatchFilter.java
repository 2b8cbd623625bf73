package com.marketplace.aftersales.gateway.concurrency;

import com.marketplace.aftersales.gateway.EdgeOrder;
import com.marketplace.aftersales.gateway.GatewayProperties;
import com.marketplace.aftersales.gateway.errors.Problems;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Optimistic concurrency for the app (issue 5 §5): a command about a case ({@link CaseCommandPaths}) that carries
 * {@code If-Match} goes on only if the case's current {@code ETag} (case-view's version of it, the one
 * {@code GET /api/v1/cases/{caseId}} returned) still matches; otherwise {@code 412} problem+json with the current
 * {@code ETag}, and nothing reaches the owning service. Without {@code If-Match} nothing is checked.
 * <p>
 * <b>Check, then act.</b> The check and the command are two steps, not one transaction: another change can land
 * between the moment case-view confirms the version and the moment the owning service applies the command, and
 * case-view's projection itself trails the owning services by the time an event takes to reach it. {@code If-Match}
 * therefore protects the app against acting on what it showed a while ago (the common case: a screen left open); it is
 * not a lock. What keeps the case consistent is the owning service, which still refuses, with {@code 409} and the
 * current status, any action the case's state no longer allows when the command arrives. The {@code If-Match} header
 * is passed on unchanged, so an owner that checks versions itself can close the window.
 */
class IfMatchFilter implements GlobalFilter, Ordered {

    private final CaseVersions versions;
    private final Problems problems;
    private final GatewayProperties gateway;

    IfMatchFilter(CaseVersions versions, Problems problems, GatewayProperties gateway) {
        this.versions = versions;
        this.problems = problems;
        this.gateway = gateway;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        List<String> ifMatch = request.getHeaders().get(HttpHeaders.IF_MATCH);
        if (!HttpMethod.POST.equals(request.getMethod()) || ifMatch == null || ifMatch.isEmpty()) {
            return chain.filter(exchange);
        }
        String caseId = CaseCommandPaths.caseIdOf(request.getPath());
        if (caseId == null) {
            return chain.filter(exchange);
        }
        EntityTagCondition condition;
        try {
            condition = EntityTagCondition.parse(ifMatch);
        } catch (IllegalArgumentException invalid) {
            return problems.write(exchange.getResponse(),
                    ApiProblem.invalid(HttpHeaders.IF_MATCH, "If-Match " + invalid.getMessage()));
        }
        return versions.current(caseId, request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION), condition.onlyTag())
                .flatMap(lookup -> decide(lookup, condition, exchange, chain));
    }

    private Mono<Void> decide(CaseVersions.Lookup lookup, EntityTagCondition condition, ServerWebExchange exchange,
                              GatewayFilterChain chain) {
        if (lookup instanceof CaseVersions.Current current) {
            return condition.matches(current.etag()) ? chain.filter(exchange)
                    : stale(exchange.getResponse(), current.etag());
        }
        if (lookup instanceof CaseVersions.Refused refused) {
            return passOn(exchange.getResponse(), refused);
        }
        return unavailable(exchange.getResponse());
    }

    private Mono<Void> stale(ServerHttpResponse response, String current) {
        if (current != null) {
            response.getHeaders().setETag(current);
        }
        return problems.write(response, new ApiProblem(HttpStatus.PRECONDITION_FAILED, "Precondition failed",
                "The case has changed since you read it (If-Match no longer matches its ETag"
                        + (current == null ? "" : " " + current) + "): read it again, then decide.",
                current == null ? Map.of() : Map.of("currentETag", current)));
    }

    private static Mono<Void> passOn(ServerHttpResponse response, CaseVersions.Refused refused) {
        response.setRawStatusCode(refused.status());
        if (refused.contentType() != null) {
            response.getHeaders().setContentType(refused.contentType());
        }
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(refused.body())));
    }

    private Mono<Void> unavailable(ServerHttpResponse response) {
        long retryAfter = gateway.circuitBreaker().retryAfterSeconds();
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        return problems.write(response, new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                "The case's current version cannot be checked right now (If-Match); nothing was changed. Try again in "
                        + retryAfter + " s.", Map.of("service", CaseVersions.CASE_VIEW)));
    }

    @Override
    public int getOrder() {
        return EdgeOrder.IF_MATCH;
    }
}
