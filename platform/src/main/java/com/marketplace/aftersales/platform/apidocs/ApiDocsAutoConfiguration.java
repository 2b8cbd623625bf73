package com.marketplace.aftersales.platform.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * What every service's OpenAPI document shares, so the gateway can merge them into one consistent API: the bearer
 * token scheme required everywhere, the RFC 9457 problem schema, and the error responses every operation can give.
 * A service adds its own description with an {@code OpenAPI} bean of its own or annotations on its handlers.
 */
@AutoConfiguration
@ConditionalOnClass(OperationCustomizer.class)
public class ApiDocsAutoConfiguration {

    public static final String BEARER = "bearer";
    public static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> COMMON_ERRORS = Map.of(
            "400", "Invalid request: the problem names each invalid field and why",
            "401", "Missing, malformed, expired or foreign token",
            "403", "The caller's role may not use this endpoint",
            "429", "Too many requests from this caller; retry after the Retry-After header",
            "500", "Unexpected failure; nothing was changed",
            "503", "Busy or a dependency is down; nothing was changed; retry after the Retry-After header");

    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    OpenAPI serviceApi(Environment environment) {
        String service = environment.getProperty("spring.application.name", "aftersales");
        return new OpenAPI()
                .info(new Info().title(service).version("v1")
                        .description("The " + service + " API of the after-sales suite (served through the gateway).")
                        .contact(new Contact().name("After-sales platform team")));
    }

    /** The shared parts, added to whichever OpenAPI the service declares. */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer sharedApiParts() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("JWT")
                    .description("A JWT from the identity provider: claims sub, roles, merchant_id, warehouse_id"));
            components.addSchemas(PROBLEM, problemSchema());
            openApi.setComponents(components);
            if (openApi.getSecurity() == null || openApi.getSecurity().isEmpty()) {
                openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
            }
        };
    }

    /** Every operation documents the error responses every endpoint of the suite can give. */
    @Bean
    OperationCustomizer commonErrorResponses() {
        return (Operation operation, org.springframework.web.method.HandlerMethod handler) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            COMMON_ERRORS.forEach((status, description) -> {
                if (!responses.containsKey(status)) {
                    responses.addApiResponse(status, problem(description));
                }
            });
            operation.setResponses(responses);
            return operation;
        };
    }

    public static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema().description("the request field, e.g. requestedAmount.amount"));
        fieldError.addProperty("message", new StringSchema().description("why it is invalid"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("An error, as RFC 9457 problem details");
        problem.addProperty("type", new StringSchema().format("uri"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema());
        problem.addProperty("errors", new ArraySchema().items(fieldError)
                .description("for invalid requests: each invalid field"));
        problem.addProperty("currentStatus", new StringSchema()
                .description("for 409: the status that does not allow the action"));
        problem.required(java.util.List.of("title", "status"));
        return problem;
    }
}
