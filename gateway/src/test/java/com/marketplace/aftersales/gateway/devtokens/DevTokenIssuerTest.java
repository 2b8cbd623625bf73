package com.marketplace.aftersales.gateway.devtokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.platform.security.JwtProperties;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;

class DevTokenIssuerTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:30:00Z");
    private static final DevKeys KEYS = DevKeys.generate();

    @Test
    void issuesAnRs256TokenWithTheClaimsEveryServiceChecks() throws Exception {
        DevTokenIssuer issuer = issuer(KEYS, Duration.ofHours(12));

        SignedJWT token = SignedJWT.parse(issuer.issue("merchant-user-1", List.of("MERCHANT"), "merchant-demo-1",
                null));

        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(token.verify(new RSASSAVerifier((RSAPublicKey) KEYS.pair().getPublic()))).isTrue();
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:8080/dev");
        assertThat(claims.getAudience()).containsExactly("aftersales");
        assertThat(claims.getSubject()).isEqualTo("merchant-user-1");
        assertThat(claims.getStringListClaim("roles")).containsExactly("MERCHANT");
        assertThat(claims.getStringClaim("merchant_id")).isEqualTo("merchant-demo-1");
        assertThat(claims.getClaims()).doesNotContainKey("warehouse_id");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofHours(12)));
        assertThat(claims.getJWTID()).isNotBlank();
    }

    @Test
    void everyTokenHasItsOwnId() throws Exception {
        DevTokenIssuer issuer = issuer(KEYS, Duration.ofHours(1));

        String first = SignedJWT.parse(issuer.issue("c-1", List.of("CUSTOMER"), null, null)).getJWTClaimsSet()
                .getJWTID();
        String second = SignedJWT.parse(issuer.issue("c-1", List.of("CUSTOMER"), null, null)).getJWTClaimsSet()
                .getJWTID();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void refusesToStartWithoutAKeyOrWithAKeyTheServicesWouldNotTrust() {
        DevKeys other = DevKeys.generate();
        JwtProperties trustsOther = new JwtProperties(new FileSystemResource(other.publicKey()), null,
                "http://localhost:8080/dev", "aftersales");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

        assertThatThrownBy(() -> DevTokenIssuer.from(new DevTokenProperties(null, null), trustsOther, clock))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AFTERSALES_JWT_PRIVATE_KEY_LOCATION");
        assertThatThrownBy(() -> DevTokenIssuer.from(new DevTokenProperties(
                new FileSystemResource(KEYS.privateKey()), null), trustsOther, clock))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not belong to the public key");
    }

    private static DevTokenIssuer issuer(DevKeys keys, Duration lifetime) {
        JwtProperties jwt = new JwtProperties(new FileSystemResource(keys.publicKey()), null,
                "http://localhost:8080/dev", "aftersales");
        return DevTokenIssuer.from(new DevTokenProperties(new FileSystemResource(keys.privateKey()), lifetime), jwt,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
