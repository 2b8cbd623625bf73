package com.marketplace.aftersales.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where tokens come from. Production: the identity provider's {@code jwkSetUri}. Locally and in tests: the dev
 * issuer's public key ({@code publicKeyLocation}). Either way {@code issuer} and {@code audience} are checked.
 */
@ConfigurationProperties("aftersales.security.jwt")
public record JwtProperties(Resource publicKeyLocation, String jwkSetUri, String issuer, String audience) {
}
