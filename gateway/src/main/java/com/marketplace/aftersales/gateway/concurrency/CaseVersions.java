package com.marketplace.aftersales.gateway.concurrency;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The case's current version as case-view shows it: the {@code ETag} of {@code GET /api/v1/cases/{caseId}}, read with
 * the caller's own token (so a case the caller may not see is case-view's 404, as everywhere). Through case-view's
 * circuit breaker: when case-view is down the answer is at once "unavailable".
 */
class CaseVersions {

    static final String CASE_VIEW = "case-view";
    private static final Logger log = LoggerFactory.getLogger(CaseVersions.class);

    private final URI caseView;
    private final WebClient client;
    private final ReactiveCircuitBreakerFactory<?, ?> circuitBreakers;
    private final IfMatchProperties properties;

    CaseVersions(URI caseView, WebClient client, ReactiveCircuitBreakerFactory<?, ?> circuitBreakers,
                 IfMatchProperties properties) {
        this.caseView = caseView;
        this.client = client;
        this.circuitBreakers = circuitBreakers;
        this.properties = properties;
    }

    sealed interface Lookup permits Current, Refused, Unavailable {
    }

    /** case-view showed the case; {@code etag} is its current ETag (null if it sent none). */
    record Current(String etag) implements Lookup {
    }

    /** case-view refused the read (404 another's or missing case, 400 malformed id …): the caller gets the same. */
    record Refused(int status, MediaType contentType, byte[] body) implements Lookup {
    }

    record Unavailable(String reason) implements Lookup {
    }

    /**
     * @param rawCaseId     the path segment as the client sent it (still percent-encoded)
     * @param authorization the caller's {@code Authorization} header, passed on unchanged
     * @param ifNoneMatch   a tag case-view may answer 304 for, or null
     */
    Mono<Lookup> current(String rawCaseId, String authorization, String ifNoneMatch) {
        URI uri = URI.create(caseView.toString().replaceAll("/+$", "") + "/api/v1/cases/" + rawCaseId);
        Mono<Lookup> read = client.get().uri(uri)
                .headers(headers -> {
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                    if (ifNoneMatch != null) {
                        headers.set(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
                    }
                    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
                })
                .exchangeToMono(response -> {
                    int status = response.statusCode().value();
                    if (response.statusCode().is2xxSuccessful() || status == 304) {
                        String etag = response.headers().asHttpHeaders().getETag();
                        return response.releaseBody().thenReturn((Lookup) new Current(etag));
                    }
                    if (response.statusCode().is4xxClientError()) {
                        MediaType type = response.headers().contentType().orElse(null);
                        return response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0])
                                .map(body -> (Lookup) new Refused(status, type, body));
                    }
                    return response.releaseBody().thenReturn((Lookup) new Unavailable("case-view answered " + status));
                })
                .timeout(properties.lookupTimeout());
        return circuitBreakers.create(CASE_VIEW).run(read, failure -> {
            log.warn("Cannot read the current version of case {} from case-view: {}", rawCaseId, failure.toString());
            return Mono.just(new Unavailable(failure.getClass().getSimpleName()));
        });
    }
}
