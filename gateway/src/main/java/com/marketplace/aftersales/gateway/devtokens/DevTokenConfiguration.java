package com.marketplace.aftersales.gateway.devtokens;

import com.marketplace.aftersales.platform.security.JwtProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The dev token issuer and its endpoint exist in the {@value #PROFILE} profile and nowhere else. */
@Configuration(proxyBeanMethods = false)
@Profile(DevTokenConfiguration.PROFILE)
@EnableConfigurationProperties(DevTokenProperties.class)
class DevTokenConfiguration {

    static final String PROFILE = "local";

    @Bean
    DevTokenIssuer devTokenIssuer(DevTokenProperties properties, JwtProperties jwt, Clock clock) {
        return DevTokenIssuer.from(properties, jwt, clock);
    }
}
