package com.marketplace.aftersales.gateway.bodylimit;

import com.marketplace.aftersales.gateway.errors.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BodyLimitProperties.class)
class BodyLimitConfiguration {

    @Bean
    BodyLimitFilter bodyLimitFilter(BodyLimitProperties properties, Problems problems) {
        return new BodyLimitFilter(properties, problems);
    }
}
