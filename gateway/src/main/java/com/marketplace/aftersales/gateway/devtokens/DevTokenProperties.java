package com.marketplace.aftersales.gateway.devtokens;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code aftersales.gateway.dev-tokens.*}, read in the local profile only.
 *
 * @param privateKeyLocation the PKCS#8 PEM private key the local runner wrote next to the public key the services
 *                           trust ({@code AFTERSALES_JWT_PRIVATE_KEY_LOCATION})
 * @param lifetime           how long an issued token is valid (a working day by default)
 */
@ConfigurationProperties("aftersales.gateway.dev-tokens")
record DevTokenProperties(Resource privateKeyLocation, Duration lifetime) {

    DevTokenProperties {
        lifetime = lifetime == null ? Duration.ofHours(12) : lifetime;
    }
}
