package com.marketplace.aftersales.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.feedback.FeedbackIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The service's security chain keeps the platform's rules while it opens the public report: tokens are required on
 * the service's own port, probes, metrics and the API description are open, other actuator operations are for
 * operations managers, and refusals are problems.
 */
class ServiceSecurityIT extends FeedbackIntegrationTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void probesMetricsAndTheApiDescriptionAreOpen() {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/prometheus",
                "/v3/api-docs")) {
            assertThat(get(path, null).getStatus()).as(path).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void otherActuatorOperationsAreForOperationsManagers() {
        EntityExchangeResult<String> anonymous = client.post().uri("/actuator/dltreplay")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectBody(String.class).returnResult();
        EntityExchangeResult<String> agent = client.post().uri("/actuator/dltreplay")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.staff("agent-1", "AGENT"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectBody(String.class).returnResult();

        assertProblem(anonymous, HttpStatus.UNAUTHORIZED);
        assertProblem(agent, HttpStatus.FORBIDDEN);
    }

    @Test
    void theServiceRefusesCallsWithoutAValidTokenEvenOnItsOwnPort() {
        String path = "/api/v1/cases/" + UUID.randomUUID() + "/complaints";
        Instant now = Instant.now();
        String expired = TestTokens.sign(new JWTClaimsSet.Builder().subject("customer-1").issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE).claim("roles", List.of("CUSTOMER"))
                .issueTime(Date.from(now.minusSeconds(7_200))).expirationTime(Date.from(now.minusSeconds(3_600)))
                .build());
        String foreignAudience = TestTokens.sign(new JWTClaimsSet.Builder().subject("customer-1")
                .issuer(TestTokens.ISSUER).audience("another-api").claim("roles", List.of("CUSTOMER"))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))).build());

        for (String token : new String[] {null, "not-a-token", expired, foreignAudience}) {
            EntityExchangeResult<String> result = post(path, token, null, "{\"text\":\"hello\"}");
            assertProblem(result, HttpStatus.UNAUTHORIZED);
            assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        }
    }

    @Test
    void aPathTheFirewallRefusesIsAProblemThatDoesNotEchoThePath() {
        for (String path : List.of("/api/v1/cases/..%2F..%2Factuator/feedback", "/api/v1/cases/%2e%2e/complaints",
                "/api/v1/public/reports/monthly/..;/x")) {
            EntityExchangeResult<String> result = client.post()
                    .uri(URI.create("http://localhost:" + port + path))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer("customer-1"))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"rating\":5}").exchange()
                    .expectBody(String.class).returnResult();
            assertProblem(result, HttpStatus.BAD_REQUEST);
            assertThat(result.getResponseBody()).as(path).doesNotContain("actuator", "%2e", "..;");
        }
    }

    private EntityExchangeResult<String> get(String path, String token) {
        var request = client.get().uri(path);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange().expectBody(String.class).returnResult();
    }

    private static void assertProblem(EntityExchangeResult<String> result, HttpStatus status) {
        assertThat(result.getStatus()).as(result.getUrl().toString()).isEqualTo(status);
        assertThat(result.getResponseHeaders().getContentType()).as(result.getUrl().toString())
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result.getResponseBody()).contains("\"status\":" + status.value());
    }
}
