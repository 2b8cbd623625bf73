package com.marketplace.aftersales.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Tokens for tests, signed the way the identity provider signs them (RS256), with a key pair made once per test JVM.
 * Services under test trust its public key through the same property production uses for a static key.
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:8080/dev";
    public static final String AUDIENCE = "aftersales";

    private static final KeyPair KEYS = generate();
    private static final Path PUBLIC_KEY_FILE = writePem("PUBLIC KEY", KEYS.getPublic().getEncoded());
    private static final Path PRIVATE_KEY_FILE = writePem("PRIVATE KEY", KEYS.getPrivate().getEncoded());

    private TestTokens() {
    }

    public static void registerIssuer(DynamicPropertyRegistry registry) {
        registry.add("aftersales.security.jwt.public-key-location", () -> "file:" + PUBLIC_KEY_FILE);
        registry.add("aftersales.security.jwt.issuer", () -> ISSUER);
        registry.add("aftersales.security.jwt.audience", () -> AUDIENCE);
    }

    /** The issuer's private key (PKCS#8 PEM), for a component under test that issues tokens itself. */
    public static Path privateKeyPemFile() {
        return PRIVATE_KEY_FILE;
    }

    public static Path publicKeyPemFile() {
        return PUBLIC_KEY_FILE;
    }

    public static String customer(String customerId) {
        return token(customerId, List.of("CUSTOMER"), null, null);
    }

    public static String staff(String id, String role) {
        return token(id, List.of(role), null, null);
    }

    public static String merchant(String id, String merchantId) {
        return token(id, List.of("MERCHANT"), merchantId, null);
    }

    public static String warehouse(String id, String warehouseId) {
        return token(id, List.of("WAREHOUSE"), null, warehouseId);
    }

    public static String token(String subject, List<String> roles, String merchantId, String warehouseId) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(30))))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles);
        if (merchantId != null) {
            claims.claim("merchant_id", merchantId);
        }
        if (warehouseId != null) {
            claims.claim("warehouse_id", warehouseId);
        }
        return sign(claims.build());
    }

    /** Signs any claims with the trusted key: for tests of expired, wrong-issuer or wrong-audience tokens. */
    public static String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePem(String type, byte[] der) {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        try {
            Path file = Files.createTempFile("aftersales-test-jwt-", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, pem);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
