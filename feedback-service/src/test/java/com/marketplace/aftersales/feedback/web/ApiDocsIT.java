package com.marketplace.aftersales.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.feedback.FeedbackIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's OpenAPI document, as the gateway merges it: every endpoint the service serves is in it, each with an
 * operation id of this service, a summary, a description, a tag, examples, and errors as problems. The document is
 * also written to {@code target/feedback-openapi.json} for linting with Spectral.
 */
class ApiDocsIT extends FeedbackIntegrationTest {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    JsonMapper json;

    private JsonNode document;

    @BeforeEach
    void fetch() throws Exception {
        String body = client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isEqualTo(HttpStatus.OK)
                .expectBody(String.class).returnResult().getResponseBody();
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("feedback-openapi.json"), body);
        document = json.readTree(body);
    }

    @Test
    void everyEndpointOfTheServiceIsDocumentedWithAnOperationIdOfItsOwn() {
        Set<String> served = new TreeSet<>();
        handlerMapping.getHandlerMethods().forEach((mapping, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("com.marketplace.aftersales.feedback")) {
                mapping.getPatternsCondition().getPatterns().forEach(pattern -> mapping.getMethodsCondition()
                        .getMethods().forEach(method -> served.add(method.name() + " " + pattern.getPatternString())));
            }
        });
        Set<String> documented = new TreeSet<>();
        List<String> operationIds = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            operationIds.add(operation.getValue().path("operationId").asString(""));
        }));

        assertThat(served).containsExactlyInAnyOrder("POST /api/v1/cases/{caseId}/feedback",
                "POST /api/v1/cases/{caseId}/complaints", "GET /api/v1/ops/reports/monthly",
                "GET /api/v1/public/reports/monthly");
        assertThat(documented).isEqualTo(served);
        assertThat(operationIds).containsExactlyInAnyOrder("feedbackRateCase", "feedbackFileComplaint",
                "feedbackOpsMonthlyReport", "feedbackPublicMonthlyReport");
    }

    @Test
    void eachOperationHasASummaryADescriptionATagExamplesAndProblemErrors() {
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            String where = entry.getKey() + " " + path.getKey();
            JsonNode operation = entry.getValue();
            assertThat(operation.path("summary").asString("")).as(where).isNotBlank();
            assertThat(operation.path("description").asString("")).as(where).isNotBlank();
            assertThat(operation.path("tags")).as(where).hasSize(1);
            if (operation.has("requestBody")) {
                JsonNode body = operation.at("/requestBody/content/application~1json");
                assertThat(body.path("schema").isMissingNode()).as(where).isFalse();
                assertThat(body.path("examples").size()).as(where + " request examples").isPositive();
            }
            operation.get("responses").properties().forEach(response -> {
                String status = response.getKey();
                if (status.startsWith("2")) {
                    JsonNode content = response.getValue().at("/content/application~1json");
                    assertThat(content.path("schema").isMissingNode()).as(where + " " + status).isFalse();
                    assertThat(content.path("examples").size()).as(where + " " + status + " examples").isPositive();
                } else {
                    assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asString(""))
                            .as(where + " " + status).isEqualTo(PROBLEM_REF);
                }
            });
        }));
    }

    @Test
    void theCustomerCommandsDocumentTheirOwnErrors() {
        for (String path : List.of("/api/v1/cases/{caseId}/feedback", "/api/v1/cases/{caseId}/complaints")) {
            JsonNode operation = document.get("paths").get(path).get("post");
            assertThat(names(operation.get("responses"))).as(path)
                    .contains("201", "400", "401", "403", "404", "413", "415", "422", "429", "500", "503");
            JsonNode caseId = parameter(operation, "caseId");
            assertThat(caseId.path("in").asString()).isEqualTo("path");
            assertThat(caseId.path("required").asBoolean()).isTrue();
            assertThat(caseId.at("/schema/format").asString()).isEqualTo("uuid");
            assertThat(parameter(operation, "Idempotency-Key").path("in").asString()).isEqualTo("header");
        }
        assertThat(names(document.at("/paths/~1api~1v1~1cases~1{caseId}~1feedback/post/responses"))).contains("409");
    }

    @Test
    void onlyThePublicReportNeedsNoToken() {
        assertThat(document.at("/security/0").has("bearer")).isTrue();
        JsonNode publicReport = document.at("/paths/~1api~1v1~1public~1reports~1monthly/get");
        assertThat(publicReport.get("security")).isNotNull();
        assertThat(publicReport.get("security").isEmpty()).isTrue();
        assertThat(names(publicReport.get("responses"))).contains("200", "400").doesNotContain("401", "403");
        JsonNode opsReport = document.at("/paths/~1api~1v1~1ops~1reports~1monthly/get");
        assertThat(opsReport.has("security")).isFalse();
        assertThat(names(opsReport.get("responses"))).contains("200", "400", "401", "403");
        for (JsonNode report : List.of(publicReport, opsReport)) {
            JsonNode month = parameter(report, "month");
            assertThat(month.path("in").asString()).isEqualTo("query");
            assertThat(month.path("required").asBoolean()).isTrue();
            assertThat(month.at("/schema/pattern").asString()).isNotBlank();
        }
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asString("").equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("No parameter " + name + " in " + operation);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
