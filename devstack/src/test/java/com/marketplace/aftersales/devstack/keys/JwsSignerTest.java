package com.marketplace.aftersales.devstack.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwsSignerTest {

    /** Key pairs are slow to make on a busy machine: two, for all tests. */
    @TempDir
    static Path dir;

    private static DevJwtKeys keys;
    private static DevJwtKeys otherKeys;

    @BeforeAll
    static void keys() {
        keys = DevJwtKeys.ensure(dir.resolve("dev"));
        otherKeys = DevJwtKeys.ensure(dir.resolve("other"));
    }

    @Test
    void aTokenSignedWithTheDevPrivateKeyVerifiesWithTheDevPublicKey() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "someone");
        claims.put("roles", List.of("OPS_MANAGER"));
        claims.put("exp", 1_800_000_000L);

        String token = new JwsSigner(DevJwtKeys.readPrivateKey(keys.privateKey())).sign(claims);

        JwtVerification.Verified verified =
                JwtVerification.verify(token, DevJwtKeys.readPublicKey(keys.publicKey()));
        assertThat(verified.header().get("alg").asString()).isEqualTo("RS256");
        assertThat(verified.header().get("typ").asString()).isEqualTo("JWT");
        assertThat(verified.claims().get("sub").asString()).isEqualTo("someone");
        assertThat(verified.claims().get("roles").get(0).asString()).isEqualTo("OPS_MANAGER");
        assertThat(verified.claims().get("exp").asLong()).isEqualTo(1_800_000_000L);
        assertThat(token).doesNotContain("=", "+", "/");
    }

    @Test
    void aTokenWhoseClaimsWereChangedNoLongerVerifies() {
        String token = new JwsSigner(DevJwtKeys.readPrivateKey(keys.privateKey()))
                .sign(Map.of("sub", "customer-1", "roles", List.of("CUSTOMER")));
        String[] parts = token.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"customer-1\",\"roles\":[\"OPS_MANAGER\"]}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> JwtVerification.verify(parts[0] + "." + forgedClaims + "." + parts[2],
                DevJwtKeys.readPublicKey(keys.publicKey())))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void aTokenSignedWithAnotherKeyDoesNotVerifyWithTheDevPublicKey() {
        String token = new JwsSigner(DevJwtKeys.readPrivateKey(otherKeys.privateKey())).sign(Map.of("sub", "x"));

        assertThatThrownBy(() -> JwtVerification.verify(token, DevJwtKeys.readPublicKey(keys.publicKey())))
                .isInstanceOf(AssertionError.class);
    }
}
