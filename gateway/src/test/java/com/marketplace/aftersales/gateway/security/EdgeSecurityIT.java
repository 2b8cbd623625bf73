package com.marketplace.aftersales.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.gateway.Backends;
import com.marketplace.aftersales.gateway.GatewayIntegrationTest;
import com.marketplace.aftersales.gateway.devtokens.DevTokenIssuer;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Who gets past the gateway, and what everybody else is told. */
class EdgeSecurityIT extends GatewayIntegrationTest {

    private static final String CASE = "/api/v1/cases/3f1c2a7e-0b8d-4f6a-9c1e-5d2b7a9e4c10";

    @Autowired
    ApplicationContext context;

    @Test
    void aRequestWithoutAValidTokenIsRefusedBeforeItReachesABackend() {
        Instant now = Instant.now();
        List<String> invalid = List.of("not-a-jwt",
                TestTokens.sign(claims(now).issuer("https://evil.example").build()),
                TestTokens.sign(claims(now).audience("another-api").build()),
                TestTokens.sign(claims(now.minus(Duration.ofHours(2)))
                        .expirationTime(Date.from(now.minus(Duration.ofHours(1)))).build()));

        assertRefusedWithoutReachingABackend(null, "/api/v1/cases");
        for (String token : invalid) {
            assertRefusedWithoutReachingABackend(token, CASE);
        }
    }

    @Test
    void aRoleOutsideItsAreaIsForbidden() {
        assertForbidden(TestTokens.customer("customer-demo-1"), HttpMethod.GET, "/api/v1/agent/cases");
        assertForbidden(TestTokens.customer("customer-demo-1"), HttpMethod.POST, "/api/v1/agent/cases/c-1/review");
        assertForbidden(TestTokens.staff("agent-1", "AGENT"), HttpMethod.GET, "/api/v1/ops/sla/at-risk");
        assertForbidden(TestTokens.staff("agent-1", "AGENT"), HttpMethod.POST, CASE + "/feedback");
        assertForbidden(TestTokens.merchant("m-1", "merchant-demo-1"), HttpMethod.GET, "/api/v1/cases");
        assertForbidden(TestTokens.merchant("m-1", "merchant-demo-1"), HttpMethod.GET, "/api/v1/warehouse/returns");
        assertForbidden(TestTokens.warehouse("w-1", "warehouse-demo-1"), HttpMethod.POST,
                "/api/v1/merchant/cases/c-1/inspection");
        assertForbidden(TestTokens.staff("finance-1", "FINANCE"), HttpMethod.GET, "/api/v1/risk/cases");
    }

    @Test
    void probesMetricsAndThePublicReportNeedNoToken() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        client.get().uri("/api/v1/public/reports/monthly?month=2026-10").exchange().expectStatus().isOk();
    }

    @Test
    void aPathNoServiceOwnsIsNotFoundAsAProblem() {
        String customer = TestTokens.customer("customer-demo-1");
        for (WebTestClient.RequestHeadersSpec<?> request : List.of(
                client.get().uri("/api/v1/nothing-here"),
                client.delete().uri(CASE),
                client.get().uri(CASE + "/feedback"),
                client.post().uri("/api/v1/cases/x/unknown-action"))) {
            request.header(HttpHeaders.AUTHORIZATION, bearer(customer)).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(404);
        }
    }

    @Test
    void withoutTheLocalProfileThereIsNoDevTokenIssuer() {
        assertThat(context.getBeanProvider(DevTokenIssuer.class).getIfAvailable()).isNull();
        String body = "{\"sub\":\"intruder\",\"roles\":[\"OPS_MANAGER\"]}";

        client.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isUnauthorized();
        client.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.customer("customer-demo-1"))).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void assertRefusedWithoutReachingABackend(String token, String path) {
        String mark = UUID.randomUUID().toString();
        WebTestClient.RequestHeadersSpec<?> request = client.get().uri(path).header(MARK, mark);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, bearer(token));
        }
        request.exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
                .expectBody().jsonPath("$.status").isEqualTo(401);
        assertNoBackendGot(mark);
    }

    private void assertForbidden(String token, HttpMethod method, String path) {
        String mark = UUID.randomUUID().toString();
        client.method(method).uri(path).header(MARK, mark).header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        assertNoBackendGot(mark);
    }

    private static void assertNoBackendGot(String mark) {
        assertThat(Backends.all().values()).noneMatch(stub -> stub.receivedWith(MARK, mark).isPresent());
    }

    private static JWTClaimsSet.Builder claims(Instant issuedAt) {
        return new JWTClaimsSet.Builder()
                .subject("customer-demo-1")
                .issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(Duration.ofMinutes(10))))
                .claim("roles", List.of("CUSTOMER"));
    }
}
