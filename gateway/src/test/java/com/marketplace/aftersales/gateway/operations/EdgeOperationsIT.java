package com.marketplace.aftersales.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.marketplace.aftersales.gateway.BackendStub;
import com.marketplace.aftersales.gateway.Backends;
import com.marketplace.aftersales.gateway.GatewayIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/** CORS for the configured web origin, the security headers of every answer, the access log, request metrics. */
class EdgeOperationsIT extends GatewayIntegrationTest {

    private static final String CASE = "/api/v1/cases/3f1c2a7e-0b8d-4f6a-9c1e-5d2b7a9e4c10";

    @Autowired
    MeterRegistry meters;

    private final ListAppender<ILoggingEvent> accessLog = new ListAppender<>();
    private final Logger accessLogger = (Logger) LoggerFactory.getLogger("aftersales.access");

    @BeforeEach
    void captureTheAccessLog() {
        accessLog.start();
        accessLogger.addAppender(accessLog);
    }

    @AfterEach
    void releaseTheAccessLog() {
        accessLogger.detachAppender(accessLog);
    }

    @Test
    void aPreflightFromTheConfiguredOriginIsAnsweredBeforeAuthentication() {
        String mark = UUID.randomUUID().toString();

        client.options().uri(CASE + "/withdraw").header(MARK, mark)
                .header(HttpHeaders.ORIGIN, WEB_ORIGIN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type, idempotency-key, if-match")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, WEB_ORIGIN)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods)
                        .contains("POST"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers -> assertThat(
                        headers.toLowerCase()).contains("authorization", "content-type", "idempotency-key", "if-match"))
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600");
        client.options().uri(CASE + "/stream")
                .header(HttpHeaders.ORIGIN, WEB_ORIGIN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, last-event-id")
                .exchange()
                .expectStatus().isOk();

        assertThat(Backends.all().values()).noneMatch(stub -> stub.receivedWith(MARK, mark).isPresent());
    }

    @Test
    void anotherOriginOrAHeaderTheApiDoesNotTakeIsRefused() {
        client.options().uri(CASE + "/withdraw")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        client.options().uri(CASE + "/withdraw")
                .header(HttpHeaders.ORIGIN, WEB_ORIGIN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "x-debug-as-admin")
                .exchange()
                .expectStatus().isForbidden();
        client.get().uri(CASE).header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.customer("customer-demo-1")))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aCrossOriginCallFromTheConfiguredOriginMayReadTheHeadersTheAppNeeds() {
        client.get().uri(CASE).header(HttpHeaders.ORIGIN, WEB_ORIGIN)
                .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.customer("customer-demo-1")))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, WEB_ORIGIN)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed)
                        .contains("ETag", "Location", "Retry-After"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersWhoeverWroteIt() {
        String customer = TestTokens.customer("customer-" + UUID.randomUUID());
        List<WebTestClient.RequestHeadersSpec<?>> answers = List.of(
                client.get().uri(CASE).header(HttpHeaders.AUTHORIZATION, bearer(customer)),
                client.get().uri(CASE),
                client.get().uri("/api/v1/nothing-here").header(HttpHeaders.AUTHORIZATION, bearer(customer)),
                client.get().uri("/api/v1/agent/cases").header(HttpHeaders.AUTHORIZATION, bearer(customer)),
                client.get().uri("/actuator/health"));

        for (WebTestClient.RequestHeadersSpec<?> answer : answers) {
            answer.exchange().expectHeader().value("X-Content-Type-Options", v -> assertThat(v).isEqualTo("nosniff"))
                    .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                    .expectHeader().valueEquals("X-Frame-Options", "DENY")
                    .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                    .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                    .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    @Test
    void theLiveStreamKeepsItsOwnCacheControlAndGetsTheOtherHeaders() {
        BackendStub caseView = Backends.stub("case-view");
        try {
            HttpHeaders headers = WebClient.create(gatewayUrl()).get().uri(CASE + "/stream")
                    .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.customer("customer-" + UUID.randomUUID())))
                    .header(FORWARDED_FOR, clientAddress)
                    .accept(MediaType.TEXT_EVENT_STREAM)
                    .exchangeToMono(response -> response.bodyToFlux(String.class).take(1).then()
                            .thenReturn(response.headers().asHttpHeaders()))
                    .block(Duration.ofSeconds(15));

            assertThat(headers.getCacheControl()).isEqualTo("no-cache");
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        } finally {
            caseView.release();
        }
    }

    @Test
    void theAccessLogNamesThePrincipalAndTheTraceButNeverTheTokenNorQueryValues() {
        String subject = "customer-" + UUID.randomUUID();
        String token = TestTokens.customer(subject);
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        client.get().uri("/api/v1/cases?status=REFUNDED&page=0")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange().expectStatus().isOk();

        ILoggingEvent line = awaitLine(event -> assertThat(event.getFormattedMessage()).contains(subject));
        assertThat(line.getFormattedMessage())
                .startsWith("GET /api/v1/cases?status&page 200 ")
                .contains("route=case-view-queries", "principal=" + subject, "roles=[CUSTOMER]",
                        "client=" + clientAddress, "trace=" + traceId)
                .doesNotContain(token, "REFUNDED");
        assertThat(String.valueOf(line.getKeyValuePairs())).contains(subject, traceId).doesNotContain(token);
    }

    @Test
    void aRefusedTokenIsLoggedWithoutThePrincipalAndWithoutTheToken() {
        String forged = TestTokens.customer("customer-demo-1") + "tampered";
        String mark = UUID.randomUUID().toString();

        client.get().uri(CASE + "?mark=" + mark).header(HttpHeaders.AUTHORIZATION, bearer(forged))
                .exchange().expectStatus().isUnauthorized();

        ILoggingEvent line = awaitLine(event -> assertThat(event.getFormattedMessage())
                .contains("client=" + clientAddress).contains(" 401 "));
        assertThat(line.getFormattedMessage()).contains("route=none", "principal=-", "?mark").doesNotContain(forged,
                mark);
    }

    @Test
    void answersAreCountedByRouteAndStatusClassRefusalsIncluded() {
        double routedBefore = requests("case-view-queries", "2xx");
        double refusedBefore = requests("none", "4xx");

        client.get().uri(CASE).header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.customer("customer-demo-1")))
                .exchange().expectStatus().isOk();
        client.get().uri(CASE).exchange().expectStatus().isUnauthorized();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(requests("case-view-queries", "2xx")).isEqualTo(routedBefore + 1);
            assertThat(requests("none", "4xx")).isEqualTo(refusedBefore + 1);
        });
    }

    private ILoggingEvent awaitLine(Consumer<ILoggingEvent> matching) {
        return await().atMost(Duration.ofSeconds(5)).until(() -> Flux.fromIterable(List.copyOf(accessLog.list))
                .filter(event -> {
                    try {
                        matching.accept(event);
                        return true;
                    } catch (AssertionError notThisOne) {
                        return false;
                    }
                }).next().block(), line -> line != null);
    }

    private double requests(String route, String statusClass) {
        Timer timer = meters.find(RequestMetrics.METRIC).tag("route", route).tag("status_class", statusClass).timer();
        return timer == null ? 0 : timer.count();
    }
}
