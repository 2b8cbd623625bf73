package com.marketplace.aftersales.devstack.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a JWT as the local token issuer does: JWS compact serialization, RS256 (RSASSA-PKCS1-v1_5 with SHA-256, RFC
 * 7518 §3.3), base64url without padding (RFC 7515 §2). Just enough for the runner to mint its own operator token;
 * the services verify it with the dev public key like any other token.
 */
public final class JwsSigner {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Map<String, Object> HEADER = header();

    private final RSAPrivateKey key;

    public JwsSigner(RSAPrivateKey key) {
        this.key = key;
    }

    /** @param claims the payload, written as JSON in map order */
    public String sign(Map<String, ?> claims) {
        String signingInput = encode(HEADER) + "." + encode(claims);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with RS256: " + e.getMessage(), e);
        }
    }

    private static String encode(Map<String, ?> json) {
        return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
    }

    private static Map<String, Object> header() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        return Collections.unmodifiableMap(header);
    }
}
