package com.marketplace.aftersales.caseview.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of case-view's endpoints ({@code /v3/api-docs}), which the gateway merges. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI caseViewApi() {
        return new OpenAPI()
                .info(new Info().title("case-view").version("v1").description("""
                        The read side of the after-sales suite: cases as the app shows them (status, handler, \
                        expected completion, timeline), live timeline streams (SSE), work lists for agents, \
                        merchants and warehouses, and the SLA at-risk list. Another party's case is 404."""))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
