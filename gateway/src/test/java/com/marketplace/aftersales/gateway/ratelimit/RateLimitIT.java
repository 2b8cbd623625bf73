package com.marketplace.aftersales.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.gateway.BackendStub;
import com.marketplace.aftersales.gateway.Backends;
import com.marketplace.aftersales.gateway.GatewayIntegrationTest;
import com.marketplace.aftersales.gateway.MovableTicker;
import com.marketplace.aftersales.testsupport.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

/** Per principal after authentication, per address before it: 429 with Retry-After, each key on its own. */
class RateLimitIT extends GatewayIntegrationTest {

    private static final String CASE = "/api/v1/cases/3f1c2a7e-0b8d-4f6a-9c1e-5d2b7a9e4c10";

    @Autowired
    MovableTicker ticker;
    @Autowired
    MeterRegistry meters;

    /** No token comes back by itself while a test counts them, however slow the machine is. */
    @BeforeEach
    void stopTheClock() {
        ticker.freeze();
    }

    @AfterEach
    void restartTheClock() {
        ticker.thaw();
    }

    @Test
    void aCustomerOverTheLimitIsToldWhenToComeBackAndOtherCustomersAreNotAffected() {
        String eager = TestTokens.customer("customer-" + UUID.randomUUID());
        String calm = TestTokens.customer("customer-" + UUID.randomUUID());
        double limitedBefore = limited("principal");

        for (int i = 0; i < 40; i++) {
            assertStatus(eager, 200);
        }
        String mark = UUID.randomUUID().toString();
        EntityExchangeResult<String> refused = client.get().uri(CASE).header(MARK, mark)
                .header(HttpHeaders.AUTHORIZATION, bearer(eager))
                .exchange().expectBody(String.class).returnResult();

        assertThat(refused.getStatus().value()).as("the 41st of a burst of 40").isEqualTo(429);
        assertTooManyRequests(refused);
        assertThat(Backends.stub("case-view").receivedWith(MARK, mark)).as("a refused request goes nowhere").isEmpty();
        assertStatus(calm, 200);
        assertThat(limited("principal")).isEqualTo(limitedBefore + 1);
    }

    @Test
    void theBucketRefillsWithTime() {
        // A role without a limit of its own: the test context gives those 1 request/s, 2 at once.
        String auditor = TestTokens.token("auditor-" + UUID.randomUUID(), List.of("AUDITOR"), null, null);

        assertStatus(auditor, 200);
        assertStatus(auditor, 200);
        assertStatus(auditor, 429);

        ticker.advance(Duration.ofSeconds(1));
        assertStatus(auditor, 200);
        assertStatus(auditor, 429);
    }

    @Test
    void aLiveStreamCountsOnceWhenItOpensNotForTheEventsThatFollow() {
        String auditor = TestTokens.token("auditor-" + UUID.randomUUID(), List.of("AUDITOR"), null, null);
        BackendStub caseView = Backends.stub("case-view");
        try {
            Iterator<ServerSentEvent<String>> events = WebClient.create(gatewayUrl()).get().uri(CASE + "/stream")
                    .header(HttpHeaders.AUTHORIZATION, bearer(auditor))
                    .header(FORWARDED_FOR, clientAddress)
                    .accept(MediaType.TEXT_EVENT_STREAM)
                    .retrieve()
                    .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                    })
                    .timeout(Duration.ofSeconds(15))
                    .toIterable(1)
                    .iterator();
            assertThat(events.next().id()).isEqualTo("1");
            caseView.release();
            assertThat(events.next().id()).isEqualTo("2");

            // Opening the stream took one of the two tokens; the events took none.
            assertStatus(auditor, 200);
            assertStatus(auditor, 429);
        } finally {
            caseView.release();
        }
    }

    @Test
    void anAddressOverItsLimitIsRefusedEvenBeforeAuthentication() {
        WebTestClient flooder = clientFrom("203.0.113.77");
        double limitedBefore = limited("address");

        // Anonymous requests to a protected path: each is a 401 and costs the address a token; once the burst is
        // gone the answer is 429, so the limit applies before any token would be looked at.
        for (int i = 0; i < 100; i++) {
            flooder.get().uri("/api/v1/cases").exchange().expectStatus().isUnauthorized();
        }
        EntityExchangeResult<String> refused = flooder.get().uri("/api/v1/cases").exchange().expectBody(String.class)
                .returnResult();
        EntityExchangeResult<String> withToken = flooder.get().uri(CASE)
                .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.customer("customer-" + UUID.randomUUID())))
                .exchange().expectBody(String.class).returnResult();

        assertThat(refused.getStatus().value()).as("the 101st of a burst of 100").isEqualTo(429);
        assertTooManyRequests(refused);
        assertThat(withToken.getStatus().value()).as("a valid token does not help an address over its limit")
                .isEqualTo(429);
        clientFrom("203.0.113.78").get().uri("/api/v1/cases").exchange().expectStatus().isUnauthorized();
        assertThat(limited("address")).isEqualTo(limitedBefore + 2);
    }

    private static void assertTooManyRequests(EntityExchangeResult<String> result) {
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        // The next token is due in well under a second (50 ms for a customer, 20 ms for an address): whole seconds,
        // rounded up.
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(result.getResponseBody()).contains("\"status\":429");
    }

    private void assertStatus(String token, int status) {
        client.get().uri(CASE).header(HttpHeaders.AUTHORIZATION, bearer(token)).exchange()
                .expectStatus().isEqualTo(status);
    }

    private double limited(String kind) {
        return meters.get(RateLimits.LIMITED_METRIC).tag("kind", kind).counter().count();
    }
}
