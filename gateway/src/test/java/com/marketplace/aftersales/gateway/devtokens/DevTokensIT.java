package com.marketplace.aftersales.gateway.devtokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.gateway.BackendStub;
import com.marketplace.aftersales.gateway.Backends;
import com.marketplace.aftersales.gateway.GatewayApplication;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local profile's token issuer, in a context of its own: the gateway as {@code ./aftersales up} runs it, with a
 * key pair written like the runner's and {@link TestTokens}' issuer and audience.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class DevTokensIT {

    private static final DevKeys KEYS = DevKeys.generate();
    private static final String MARK = "X-Test-Mark";

    @Value("${local.server.port}")
    int port;

    private WebTestClient client;

    @DynamicPropertySource
    static void localRun(DynamicPropertyRegistry registry) {
        Backends.register(registry);
        registry.add("aftersales.security.jwt.public-key-location", () -> "file:" + KEYS.publicKey());
        registry.add("aftersales.security.jwt.issuer", () -> TestTokens.ISSUER);
        registry.add("aftersales.security.jwt.audience", () -> TestTokens.AUDIENCE);
        registry.add("aftersales.gateway.dev-tokens.private-key-location", () -> "file:" + KEYS.privateKey());
    }

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aMintedTokenIsAcceptedByTheGatewayAndForwardedToTheOwner() throws Exception {
        String token = mint("{\"sub\":\"customer-demo-1\",\"roles\":[\"CUSTOMER\"],\"merchantId\":null,"
                + "\"warehouseId\":null}");
        String mark = UUID.randomUUID().toString();

        client.get().uri("/api/v1/cases?page=0").header(MARK, mark).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk();

        BackendStub.Received received = Backends.stub("case-view").receivedWith(MARK, mark).orElseThrow();
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) KEYS.pair().getPublic()))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(TestTokens.ISSUER);
        assertThat(claims.getAudience()).containsExactly(TestTokens.AUDIENCE);
        assertThat(claims.getSubject()).isEqualTo("customer-demo-1");
        assertThat(claims.getStringListClaim("roles")).containsExactly("CUSTOMER");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(12));
        assertThat(claims.getNotBeforeTime()).isNotNull();
        assertThat(claims.getJWTID()).isNotBlank();
    }

    @Test
    void aMerchantTokenCarriesItsMerchantAndOpensTheMerchantArea() throws Exception {
        String token = mint("{\"sub\":\"merchant-user-1\",\"roles\":[\"MERCHANT\"],\"merchantId\":\"merchant-demo-1\"}");

        client.get().uri("/api/v1/merchant/cases").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk();
        client.get().uri("/api/v1/agent/cases").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isForbidden();
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("merchant_id"))
                .isEqualTo("merchant-demo-1");
    }

    @Test
    void aRequestForAnImpossibleTokenIsAProblemNamingTheField() {
        assertInvalid("{\"sub\":\"c-1\",\"roles\":[]}", "roles");
        assertInvalid("{\"sub\":\"c-1\"}", "roles");
        assertInvalid("{\"sub\":\"c-1\",\"roles\":[\"ADMIN\"]}", "roles[0]");
        assertInvalid("{\"sub\":\"c-1\",\"roles\":[\"CUSTOMER\",\"ROOT\"]}", "roles[1]");
        assertInvalid("{\"sub\":\"\",\"roles\":[\"CUSTOMER\"]}", "sub");
        assertInvalid("{\"sub\":\"" + "x".repeat(65) + "\",\"roles\":[\"CUSTOMER\"]}", "sub");
        assertInvalid("{\"sub\":\"c-1\",\"roles\":[\"CUSTOMER\"],\"admin\":true}", "admin");
        assertInvalid("{\"sub\":\"m-1\",\"roles\":[\"MERCHANT\"]}", "merchantId");
        assertInvalid("{\"sub\":\"w-1\",\"roles\":[\"WAREHOUSE\"],\"warehouseId\":\"\"}", "warehouseId");
    }

    @Test
    void theApiDescriptionDocumentsTheIssuerAsLocalOnlyAndOpen() {
        byte[] body = client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();

        JsonNode merged = JsonMapper.shared().readTree(body);
        JsonNode issue = merged.path("paths").path("/dev/tokens").path("post");
        assertThat(issue.path("operationId").asString()).isEqualTo("gatewayIssueDevToken");
        assertThat(issue.path("security").isArray()).isTrue();
        assertThat(issue.path("security").isEmpty()).as("no token needed to get one").isTrue();
        assertThat(issue.path("description").asString()).contains("local profile");
        assertThat(merged.path("components").path("schemas").has("DevTokenRequest")).isTrue();
        assertThat(merged.path("components").path("schemas").has("Problem")).isTrue();
    }

    private String mint(String request) {
        String body = client.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON).bodyValue(request)
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return JsonMapper.shared().readTree(body).get("token").asString();
    }

    private void assertInvalid(String request, String field) {
        client.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON).bodyValue(request)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
