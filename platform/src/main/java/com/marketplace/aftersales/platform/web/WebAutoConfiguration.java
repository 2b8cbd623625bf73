package com.marketplace.aftersales.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The API's error format and its strict JSON reading, for every service with an HTTP API. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@Import(ApiExceptionHandler.class)
public class WebAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictScalarTypes() {
        return StrictJson.strictScalarTypes();
    }
}
