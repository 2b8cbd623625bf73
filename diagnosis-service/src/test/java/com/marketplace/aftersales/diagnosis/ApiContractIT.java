package com.marketplace.aftersales.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

/**
 * The service's OpenAPI document, as the gateway merges it and CI lints it: every endpoint of contracts §1 that
 * diagnosis owns is there with a suite-unique operation id, a tag, a description, the request example and the errors
 * the endpoint can give. And the body limit every command shares.
 */
class ApiContractIT extends DiagnosisIntegrationTest {

    /** contracts §1, diagnosis' part, written out by hand. */
    private static final Map<String, List<String>> ENDPOINTS = Map.of(
            "/api/v1/merchant/cases/{caseId}/response", List.of("post"),
            "/api/v1/agent/cases/{caseId}/diagnosis", List.of("post"),
            "/api/v1/agent/cases/{caseId}/compensation/approval", List.of("post"),
            "/api/v1/agent/cases/{caseId}/dispute/decision", List.of("post"),
            "/api/v1/risk/cases/{caseId}/decision", List.of("post"),
            "/api/v1/risk/cases", List.of("get"));

    @Test
    void everyEndpointIsDocumentedWithAnOperationIdTagsExamplesAndItsErrors() throws IOException {
        EntityExchangeResult<String> response = client.get().uri("/v3/api-docs").exchange()
                .expectBody(String.class).returnResult();
        assertStatus(response, 200);
        // Kept for linting it on its own (the build lints the gateway's merged document with Spectral).
        Files.writeString(Path.of("target", "openapi-diagnosis.json"), response.getResponseBody());
        JsonNode document = json(response);

        assertThat(document.get("openapi").asString()).startsWith("3.1");
        assertThat(document.get("info").get("title").asString()).isEqualTo("diagnosis-service");
        List<String> tags = document.get("tags").valueStream().map(tag -> tag.get("name").asString()).toList();
        assertThat(document.get("paths").propertyNames()).containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
        ENDPOINTS.forEach((path, methods) -> methods.forEach(method -> {
            JsonNode operation = document.get("paths").get(path).get(method);
            String where = method + " " + path;
            assertThat(operation).as(where).isNotNull();
            assertThat(operation.get("operationId").asString()).as(where).startsWith("diagnosis");
            assertThat(operation.get("summary").asString()).as(where).isNotBlank();
            assertThat(operation.get("description").asString()).as(where).isNotBlank();
            assertThat(operation.get("tags")).as(where).hasSize(1);
            assertThat(tags).as(where).contains(operation.get("tags").get(0).asString());
            JsonNode responses = operation.get("responses");
            assertThat(hasExample(responses.get("200").get("content").get("application/json"))).as(where).isTrue();
            for (String status : List.of("400", "401", "403", "429", "500", "503")) {
                assertThat(responses.get(status).get("content").get("application/problem+json").get("schema")
                        .get("$ref").asString()).as(where + " " + status).isEqualTo("#/components/schemas/Problem");
            }
            if (method.equals("post")) {
                assertThat(operation.get("parameters").valueStream().map(p -> p.get("name").asString()))
                        .as(where).contains("caseId", "Idempotency-Key");
                assertThat(hasExample(operation.get("requestBody").get("content").get("application/json")))
                        .as(where).isTrue();
                for (String status : List.of("404", "409", "413", "415", "422")) {
                    assertThat(responses.get(status).get("content").get("application/problem+json").get("schema")
                            .get("$ref").asString()).as(where + " " + status)
                            .isEqualTo("#/components/schemas/Problem");
                }
            }
        }));
        List<String> operationIds = document.get("paths").valueStream()
                .flatMap(path -> path.valueStream().map(operation -> operation.get("operationId").asString()))
                .toList();
        assertThat(operationIds).doesNotHaveDuplicates();
        assertThat(document.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
                .isEqualTo("bearer");
    }

    /** One example ({@code example}) or several ({@code examples}, each with a value). */
    private static boolean hasExample(JsonNode mediaType) {
        return mediaType.hasNonNull("example") || (mediaType.has("examples") && !mediaType.get("examples").isEmpty()
                && mediaType.get("examples").valueStream().allMatch(example -> example.hasNonNull("value")));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeAnythingElse() {
        String huge = "{\"note\":\"" + "x".repeat(20_000) + "\"}";
        for (String path : List.of("/api/v1/merchant/cases/%s/response", "/api/v1/agent/cases/%s/diagnosis",
                "/api/v1/agent/cases/%s/compensation/approval", "/api/v1/agent/cases/%s/dispute/decision",
                "/api/v1/risk/cases/%s/decision")) {
            EntityExchangeResult<String> response = post(path.formatted(UUID.randomUUID()), SUPERVISOR_TOKEN, null,
                    huge);
            assertProblem(response, 413);
            assertThat(json(response).get("title").asString()).isEqualTo("Content too large");
        }
    }
}
