package com.marketplace.aftersales.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.platform.PlatformIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

class IdempotencyAndInputIT extends PlatformIntegrationTest {

    @Value("${local.server.port}")
    int port;

    private WebTestClient client;
    private String caller;

    @BeforeEach
    void setUp() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        caller = "customer-" + UUID.randomUUID();
    }

    @Test
    void theSameKeyAndBodyReturnTheFirstResultWithoutRepeatingTheEffect() {
        String key = UUID.randomUUID().toString();
        EntityExchangeResult<String> first = post(caller, key, "{\"name\":\"kettle\",\"rating\":3}");
        EntityExchangeResult<String> again = post(caller, key, "{\"name\":\"kettle\",\"rating\":3}");

        assertThat(first.getStatus()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatus()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(again.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
        assertThat(effects(caller)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        post(caller, key, "{\"name\":\"kettle\",\"rating\":3}");

        EntityExchangeResult<String> other = post(caller, key, "{\"name\":\"toaster\",\"rating\":3}");

        assertThat(other.getStatus().value()).isEqualTo(422);
        assertThat(other.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(effects(caller)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithOneKeyHaveOneEffect() {
        String key = UUID.randomUUID().toString();
        List<Integer> statuses = Flux.fromStream(IntStream.range(0, 8).boxed())
                .flatMap(i -> Flux.just(i).publishOn(Schedulers.boundedElastic())
                        .map(n -> post(caller, key, "{\"name\":\"kettle\",\"rating\":3}").getStatus().value()))
                .collectList().block();

        assertThat(statuses).containsOnly(201);
        assertThat(effects(caller)).isEqualTo(1);
    }

    @Test
    void keysAreScopedToTheCallerAndOptional() {
        String key = UUID.randomUUID().toString();
        String otherCaller = "customer-" + UUID.randomUUID();
        post(caller, key, "{\"name\":\"kettle\",\"rating\":3}");
        post(otherCaller, key, "{\"name\":\"kettle\",\"rating\":3}");
        post(caller, null, "{\"name\":\"kettle\",\"rating\":3}");
        post(caller, null, "{\"name\":\"kettle\",\"rating\":3}");

        assertThat(effects(caller)).isEqualTo(3);
        assertThat(effects(otherCaller)).isEqualTo(1);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        assertInvalid("{\"name\":\"kettle\",\"rating\":3,\"admin\":true}", "admin");
        assertInvalid("{\"name\":\"kettle\",\"rating\":\"three\"}", "rating");
        assertInvalid("{\"name\":\"kettle\",\"rating\":9}", "rating");
        assertInvalid("{\"name\":\"" + "x".repeat(100) + "\",\"rating\":3}", "name");
        assertInvalid("{\"name\":\"kettle\"", null);
        assertInvalid("[1,2]", null);
        assertInvalid("{\"name\":\"kettle\",\"name\":\"toaster\",\"rating\":3}", null);
        assertInvalid("{\"name\":\"kettle\",\"rating\":99999999999999999999}", "rating");
        assertInvalid("{\"name\":\"kettle\",\"rating\":3.5}", "rating");
        assertThat(post(caller, "bad key with spaces", "{\"name\":\"kettle\",\"rating\":3}").getStatus().value())
                .isEqualTo(400);
        assertThat(effects(caller)).isZero();
    }

    @Test
    void aBodyOverTheLimitIsRefusedAs413() {
        EntityExchangeResult<String> result = post(caller, null,
                "{\"name\":\"" + "x".repeat(300_000) + "\",\"rating\":3}");
        assertThat(result.getStatus().value()).isEqualTo(413);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(effects(caller)).isZero();
    }

    @Test
    void aPathTheFirewallRefusesIsAProblemToo() {
        client.get().uri(java.net.URI.create("http://localhost:" + port + "/api/v1/things/..%2F..%2Fsecret"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer(caller))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void publicPathsNeedNoTokenAndUnavailableNamesWhenToRetry() {
        client.get().uri("/api/v1/public/ping").exchange().expectStatus().isOk();
        // a stale token sent along by a logged-in app is not even read on a public page
        client.get().uri("/api/v1/public/ping").header(HttpHeaders.AUTHORIZATION, "Bearer expired.or.garbage")
                .exchange().expectStatus().isOk();
        client.get().uri("/api/v1/unavailable").header(HttpHeaders.AUTHORIZATION, "Bearer "
                        + TestTokens.customer(caller)).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "7")
                .expectBody().jsonPath("$.retryAfter").doesNotExist();
    }

    @Test
    void aFailureOfTheMomentIsATryAgainNotAnError() {
        client.get().uri("/api/v1/busy").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer(caller))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void assertInvalid(String body, String field) {
        EntityExchangeResult<String> result = post(caller, null, body);
        assertThat(result.getStatus().value()).as(body).isEqualTo(400);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        if (field != null) {
            assertThat(result.getResponseBody()).as(body).contains("\"field\":\"" + field + "\"");
        }
    }

    private EntityExchangeResult<String> post(String callerId, String key, String json) {
        WebTestClient.RequestBodySpec request = client.post().uri("/api/v1/things")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer(callerId))
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header(IdempotentRequests.HEADER, key);
        }
        return request.bodyValue(json).exchange().expectBody(String.class).returnResult();
    }

    private int effects(String callerId) {
        return db.sql("select count(*) as n from command_effect where caller = :caller").bind("caller", callerId)
                .map((row, meta) -> row.get("n", Long.class)).one().block().intValue();
    }
}
