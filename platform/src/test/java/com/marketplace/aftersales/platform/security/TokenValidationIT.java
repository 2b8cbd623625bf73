package com.marketplace.aftersales.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.platform.PlatformIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every service refuses a call without a valid token on its own port, with a problem+json body. */
class TokenValidationIT extends PlatformIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Value("${aftersales.security.jwt.public-key-location}")
    String publicKeyLocation;

    private WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aValidTokenIsAcceptedAndNamesTheCaller() {
        client.get().uri("/api/v1/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer("c-42"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo("c-42").jsonPath("$.roles[0]").isEqualTo("CUSTOMER");
    }

    @Test
    void aMissingTokenIsRefusedWithAProblem() {
        client.get().uri("/api/v1/whoami").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.title").isEqualTo("Unauthorized");
    }

    @Test
    void malformedForgedOrMisaddressedTokensAreRefused() throws Exception {
        Instant now = Instant.now();
        assertRefused("not-a-jwt");
        assertRefused(TestTokens.sign(claims(now).issuer("https://evil.example").build()));
        assertRefused(TestTokens.sign(claims(now).audience("another-api").build()));
        assertRefused(TestTokens.sign(claims(now.minus(Duration.ofHours(2)))
                .expirationTime(Date.from(now.minus(Duration.ofHours(1)))).build()));
        assertRefused(TestTokens.sign(claims(now).notBeforeTime(Date.from(now.plus(Duration.ofHours(1)))).build()));
        assertRefused(TestTokens.sign(claims(now).subject(null).build()));
        assertRefused(TestTokens.sign(claims(now).expirationTime(null).build()));
        assertRefused(signedByAnotherKey(claims(now).build()));
        assertRefused(unsigned(claims(now).build()));
        assertRefused(hmacSignedWithThePublicKey(claims(now).build()));
    }

    @Test
    void probesAndMetricsAreOpenButOperationsNeedAnOperationsManager() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        client.post().uri("/actuator/dltreplay").exchange().expectStatus().isUnauthorized();
        client.post().uri("/actuator/dltreplay")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer("c-1"))
                .exchange().expectStatus().isForbidden();
    }

    private void assertRefused(String token) {
        client.get().uri("/api/v1/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static JWTClaimsSet.Builder claims(Instant issuedAt) {
        return new JWTClaimsSet.Builder()
                .subject("c-1")
                .issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(Duration.ofMinutes(10))))
                .claim("roles", List.of("CUSTOMER"));
    }

    private static String signedByAnotherKey(JWTClaimsSet claims) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(generator.generateKeyPair().getPrivate()));
        return jwt.serialize();
    }

    private static String unsigned(JWTClaimsSet claims) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** Algorithm confusion: an HMAC "signed" with the public key, which a naive verifier would accept. */
    private String hmacSignedWithThePublicKey(JWTClaimsSet claims) throws Exception {
        byte[] publicKeyPem = Files.readAllBytes(Path.of(publicKeyLocation.replaceFirst("^file:", "")));
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(publicKeyPem));
        assertThat(jwt.serialize()).isNotBlank();
        return jwt.serialize();
    }
}
