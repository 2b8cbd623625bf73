package com.marketplace.aftersales.devstack.dlt;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.devstack.keys.DevJwtKeys;
import com.marketplace.aftersales.devstack.keys.JwtVerification;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class OperatorTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @TempDir
    static Path dir;

    private static DevJwtKeys keys;

    @BeforeAll
    static void keys() {
        keys = DevJwtKeys.ensure(dir);
    }

    @Test
    void anOperationsManagerOfTheLocalIssuerForFiveMinutes() {
        String token = OperatorToken.mint(DevJwtKeys.readPrivateKey(keys.privateKey()),
                "http://localhost:9080/dev", NOW);

        JsonNode claims = JwtVerification.verify(token, DevJwtKeys.readPublicKey(keys.publicKey())).claims();
        assertThat(claims.get("iss").asString()).isEqualTo("http://localhost:9080/dev");
        assertThat(claims.get("aud").asString()).isEqualTo("aftersales");
        assertThat(claims.get("sub").asString()).isEqualTo("devstack-operator");
        assertThat(claims.get("roles").size()).isEqualTo(1);
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("OPS_MANAGER");
        assertThat(claims.get("iat").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.get("nbf").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.get("exp").asLong()).isEqualTo(NOW.plusSeconds(300).getEpochSecond());
        assertThat(claims.get("jti").asString()).isNotBlank();
    }

    @Test
    void everyTokenHasItsOwnId() {
        var key = DevJwtKeys.readPrivateKey(keys.privateKey());
        var publicKey = DevJwtKeys.readPublicKey(keys.publicKey());

        String first = OperatorToken.mint(key, "http://localhost:8080/dev", NOW);
        String second = OperatorToken.mint(key, "http://localhost:8080/dev", NOW);

        assertThat(JwtVerification.verify(first, publicKey).claims().get("jti").asString())
                .isNotEqualTo(JwtVerification.verify(second, publicKey).claims().get("jti").asString());
    }
}
