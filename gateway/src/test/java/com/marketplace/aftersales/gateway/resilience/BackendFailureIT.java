package com.marketplace.aftersales.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.gateway.BackendStub;
import com.marketplace.aftersales.gateway.Backends;
import com.marketplace.aftersales.gateway.GatewayIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

/** What the app gets when a backend is down, stuck or streaming. */
class BackendFailureIT extends GatewayIntegrationTest {

    private static final String CASE = "/api/v1/cases/3f1c2a7e-0b8d-4f6a-9c1e-5d2b7a9e4c10";
    private static final String CUSTOMER = TestTokens.customer("customer-demo-1");

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory circuitBreakers;
    @Autowired
    MeterRegistry meters;

    @Test
    void aStoppedBackendIsAServiceUnavailableProblemWithRetryAfter() {
        BackendStub feedback = Backends.stub("feedback");
        BackendStub intake = Backends.stub("intake");
        double countedBefore = failuresCounted("feedback", "unavailable");
        feedback.stop();
        intake.stop();
        try {
            assertUnavailable(client.post().uri(CASE + "/feedback").header(HttpHeaders.AUTHORIZATION, bearer(CUSTOMER))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"rating\":5}"), "feedback");
            assertUnavailable(client.get().uri("/api/v1/public/reports/monthly?month=2026-10"), "feedback");
            // The upload route, too: its body is streamed to the backend, not kept for a replay.
            assertUnavailable(client.post().uri(CASE + "/evidence").header(HttpHeaders.AUTHORIZATION, bearer(CUSTOMER))
                    .contentType(MediaType.IMAGE_JPEG).bodyValue(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
                    "intake");
        } finally {
            feedback.start();
            intake.start();
        }
        assertThat(failuresCounted("feedback", "unavailable")).isEqualTo(countedBefore + 2);
        client.post().uri(CASE + "/feedback").header(HttpHeaders.AUTHORIZATION, bearer(CUSTOMER))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"rating\":5}")
                .exchange().expectStatus().isCreated();
    }

    @Test
    void anOpenCircuitAnswersAtOnceWithoutCallingTheBackend() {
        CircuitBreaker diagnosis = circuitBreakers.getCircuitBreakerRegistry().circuitBreaker("diagnosis");
        String mark = UUID.randomUUID().toString();
        diagnosis.transitionToOpenState();
        try {
            assertUnavailable(client.post().uri("/api/v1/merchant/cases/c-1/response").header(MARK, mark)
                    .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.merchant("m-1", "merchant-demo-1")))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"decision\":\"ACCEPT\"}"), "diagnosis");
        } finally {
            diagnosis.reset();
        }
        assertThat(Backends.stub("diagnosis").receivedWith(MARK, mark)).isEmpty();
    }

    @Test
    void aBackendsOwnErrorIsPassedOnAsItIsAndNotRetried() {
        String mark = UUID.randomUUID().toString();

        client.get().uri(CASE).header(MARK, mark).header(HttpHeaders.AUTHORIZATION, bearer(CUSTOMER))
                .header(BackendStub.STATUS_HEADER, "500").exchange()
                .expectStatus().isEqualTo(500)
                .expectBody().json("{\"servedBy\":\"case-view\"}");

        assertThat(Backends.stub("case-view").received())
                .filteredOn(request -> mark.equals(request.header(MARK))).hasSize(1);
    }

    @Test
    void aBackendThatDoesNotAnswerInTimeIsAGatewayTimeoutProblem() {
        BackendStub caseView = Backends.stub("case-view");
        try {
            client.get().uri(CASE).header(HttpHeaders.AUTHORIZATION, bearer(CUSTOMER))
                    .header(BackendStub.HOLD_HEADER, "until released").exchange()
                    .expectStatus().isEqualTo(504)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.service").isEqualTo("case-view");
        } finally {
            caseView.release();
        }
    }

    @Test
    void theLiveStreamIsPassedOnEventByEventAndOutlivesTheResponseTimeout() {
        BackendStub caseView = Backends.stub("case-view");
        try {
            Iterator<ServerSentEvent<String>> events = WebClient.create(gatewayUrl()).get().uri(CASE + "/stream")
                    .header(HttpHeaders.AUTHORIZATION, bearer(CUSTOMER))
                    .accept(MediaType.TEXT_EVENT_STREAM)
                    .retrieve()
                    .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                    })
                    .timeout(Duration.ofSeconds(15))
                    .toIterable(1)
                    .iterator();

            ServerSentEvent<String> first = events.next();
            assertThat(first.id()).isEqualTo("1");
            assertThat(first.data()).isEqualTo("{\"type\":\"CaseSubmitted\"}");
            // The backend still holds its stream open: the event cannot have come from a buffered response.
            assertThat(caseView.streamCompleted()).isFalse();

            // The backend stays quiet for longer than the response timeout (2 s here) before its next event: the
            // stream stays open for it, as it must for an app watching a case for minutes.
            Instant quietSince = Instant.now();
            CompletableFuture.runAsync(caseView::release,
                    CompletableFuture.delayedExecutor(2500, TimeUnit.MILLISECONDS));
            ServerSentEvent<String> second = events.next();
            assertThat(second.id()).isEqualTo("2");
            assertThat(Duration.between(quietSince, Instant.now())).isGreaterThan(Duration.ofSeconds(2));
        } finally {
            caseView.release();
        }
    }

    private double failuresCounted(String backend, String outcome) {
        Counter counter = meters.find(BackendFailures.METRIC).tag("backend", backend).tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private void assertUnavailable(WebTestClient.RequestHeadersSpec<?> request, String backend) {
        request.exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.service").isEqualTo(backend);
    }
}
