package com.marketplace.aftersales.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Tokens the suite must refuse, at the gateway and at every service's own port: missing, malformed, signed by
 * another key, for another issuer or audience, expired, not yet valid, unsigned ({@code alg: none}).
 */
@Order(8)
class TokenSystemIT {

    private static final Map<String, Integer> SERVICE_PORTS = Map.of("intake-service", 8081,
            "diagnosis-service", 8082, "fulfillment-service", 8083, "feedback-service", 8084,
            "case-view", 8086);

    private final RunningSuite suite = RunningSuite.get();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theGatewayRefusesEveryBadToken() throws Exception {
        Map<String, String> bad = badTokens();
        for (Map.Entry<String, String> token : bad.entrySet()) {
            HttpResponse<String> response = get(suite.gatewayUrl() + "/api/v1/cases", token.getValue());
            assertThat(response.statusCode()).as(token.getKey()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).as(token.getKey())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(get(suite.gatewayUrl() + "/api/v1/cases", sign(validClaims().build())).statusCode())
                .as("the same claims, signed properly").isEqualTo(200);
    }

    @Test
    void everyServiceRefusesACallWithoutAValidTokenOnItsOwnPort() throws Exception {
        for (Map.Entry<String, Integer> service : SERVICE_PORTS.entrySet()) {
            String url = "http://localhost:" + (service.getValue() + RunningSuite.PORT_OFFSET) + "/api/v1/cases/"
                    + java.util.UUID.randomUUID();
            assertThat(get(url, null).statusCode()).as(service.getKey() + " without a token").isEqualTo(401);
            assertThat(get(url, badTokens().get("expired")).statusCode()).as(service.getKey() + " expired")
                    .isEqualTo(401);
        }
    }

    private Map<String, String> badTokens() throws Exception {
        Instant now = Instant.now();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("missing", null);
        tokens.put("malformed", "not.a.token");
        tokens.put("another key", signWithAnotherKey(validClaims().build()));
        tokens.put("wrong issuer", sign(validClaims().issuer("https://evil.example/").build()));
        tokens.put("wrong audience", sign(validClaims().audience("someone-else").build()));
        tokens.put("expired", sign(validClaims().issueTime(Date.from(now.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(now.minus(Duration.ofHours(1)))).build()));
        tokens.put("not yet valid", sign(validClaims().notBeforeTime(Date.from(now.plus(Duration.ofHours(1))))
                .build()));
        tokens.put("alg none", unsigned(validClaims().build()));
        return tokens;
    }

    private JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject("customer-tokens-1")
                .issuer("http://localhost:" + (8080 + RunningSuite.PORT_OFFSET) + "/dev").audience("aftersales")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("roles", List.of("CUSTOMER"));
    }

    private String sign(JWTClaimsSet claims) throws Exception {
        return sign(claims, devPrivateKey());
    }

    private String signWithAnotherKey(JWTClaimsSet claims) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return sign(claims, generator.generateKeyPair().getPrivate());
    }

    private static String sign(JWTClaimsSet claims, PrivateKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String unsigned(JWTClaimsSet claims) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** The local run's dev issuer key, which the runner generated in the suite's home. */
    private PrivateKey devPrivateKey() throws Exception {
        String pem = Files.readString(suite.home.resolve("keys").resolve("dev-jwt-private.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
