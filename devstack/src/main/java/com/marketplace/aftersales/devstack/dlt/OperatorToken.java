package com.marketplace.aftersales.devstack.dlt;

import com.marketplace.aftersales.devstack.keys.JwsSigner;
import com.marketplace.aftersales.devstack.services.ServiceEnvironment;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The runner's own token for operations endpoints: an operations manager ({@code OPS_MANAGER}) named
 * {@code devstack-operator}, issued by the local issuer (signed with the dev private key the gateway signs with),
 * valid for five minutes.
 */
public final class OperatorToken {

    public static final String SUBJECT = "devstack-operator";
    public static final String ROLE = "OPS_MANAGER";
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    private OperatorToken() {
    }

    /** @param issuer the local issuer, {@code http://localhost:<gateway port>/dev} */
    public static String mint(RSAPrivateKey devKey, String issuer, Instant now) {
        long issuedAt = now.getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", ServiceEnvironment.JWT_AUDIENCE);
        claims.put("sub", SUBJECT);
        claims.put("roles", List.of(ROLE));
        claims.put("iat", issuedAt);
        claims.put("nbf", issuedAt);
        claims.put("exp", issuedAt + LIFETIME.toSeconds());
        claims.put("jti", UUID.randomUUID().toString());
        return new JwsSigner(devKey).sign(claims);
    }
}
