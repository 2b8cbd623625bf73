package com.marketplace.aftersales.devstack.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a JWS compact token the way a resource server does before it reads a claim: three base64url parts, an
 * RS256 header, and a signature the public key verifies over {@code header.payload}. Written independently of
 * {@link JwsSigner}, so a test against it can catch the signer's mistakes.
 */
public final class JwtVerification {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JwtVerification() {
    }

    /** A token that passed: its header and claims. */
    public record Verified(JsonNode header, JsonNode claims) {
    }

    /** @throws AssertionError when the token is malformed, not RS256, or not signed by {@code key}'s private half */
    public static Verified verify(String token, RSAPublicKey key) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new AssertionError("not a JWS compact serialization: " + parts.length + " parts");
        }
        for (String part : parts) {
            if (!part.matches("[A-Za-z0-9_-]+")) {
                throw new AssertionError("not base64url without padding: " + part);
            }
        }
        Base64.Decoder base64url = Base64.getUrlDecoder();
        JsonNode header = JSON.readTree(base64url.decode(parts[0]));
        if (!"RS256".equals(header.path("alg").asString())) {
            throw new AssertionError("alg is not RS256: " + header);
        }
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rs256.verify(base64url.decode(parts[2]))) {
                throw new AssertionError("the signature does not verify with the public key");
            }
        } catch (GeneralSecurityException e) {
            throw new AssertionError("the signature cannot be checked: " + e, e);
        }
        return new Verified(header, JSON.readTree(base64url.decode(parts[1])));
    }
}
