package com.marketplace.aftersales.gateway.devtokens;

import com.marketplace.aftersales.platform.security.JwtProperties;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;

/**
 * Signs tokens the way the identity provider does (RS256; issuer, audience, subject, roles, merchant and warehouse
 * ids, issued-at, not-before, expiry, id), with the local runner's key. Exists only in the local profile: anywhere else
 * tokens come from the identity provider.
 */
public class DevTokenIssuer {

    private final RSASSASigner signer;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final Clock clock;

    DevTokenIssuer(RSAPrivateKey key, String issuer, String audience, Duration lifetime, Clock clock) {
        this.signer = new RSASSASigner(key);
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /**
     * Reads the private key and checks it belongs to the public key the services validate with, so a misconfigured
     * local run fails at start instead of issuing tokens every service refuses.
     */
    static DevTokenIssuer from(DevTokenProperties properties, JwtProperties jwt, Clock clock) {
        Resource location = properties.privateKeyLocation();
        if (location == null || !location.exists()) {
            throw new IllegalStateException("The local profile issues dev tokens and needs their signing key: set"
                    + " AFTERSALES_JWT_PRIVATE_KEY_LOCATION to the PKCS#8 PEM file ./aftersales up writes"
                    + (location == null ? "" : " (" + location + " does not exist)"));
        }
        RSAPrivateKey key = read(location, "private", in -> RsaKeyConverters.pkcs8().convert(in));
        if (jwt.publicKeyLocation() != null && jwt.publicKeyLocation().exists()) {
            RSAPublicKey trusted = read(jwt.publicKeyLocation(), "public", in -> RsaKeyConverters.x509().convert(in));
            if (!trusted.getModulus().equals(key.getModulus())) {
                throw new IllegalStateException("The dev token key " + location + " does not belong to the public key "
                        + jwt.publicKeyLocation() + " the services validate with: every token would be refused");
            }
        }
        return new DevTokenIssuer(key, jwt.issuer(), jwt.audience(), properties.lifetime(), clock);
    }

    public String issue(String subject, List<String> roles, String merchantId, String warehouseId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(subject)
                .claim("roles", List.copyOf(roles))
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
        if (merchantId != null) {
            claims.claim("merchant_id", merchantId);
        }
        if (warehouseId != null) {
            claims.claim("warehouse_id", warehouseId);
        }
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            token.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a dev token", e);
        }
        return token.serialize();
    }

    private interface KeyReader<K> {
        K read(InputStream in) throws IOException;
    }

    private static <K> K read(Resource location, String kind, KeyReader<K> reader) {
        try (InputStream in = location.getInputStream()) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + kind + " key " + location, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(location + " is not a PEM " + kind + " key of the expected form", e);
        }
    }
}
