package com.marketplace.aftersales.fulfillment.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.fulfillment.FulfillmentIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fulfillment's OpenAPI document, as the gateway merges it and CI lints it: every endpoint of contracts §1 that
 * fulfillment owns is there, with a suite-unique operation id, one tag, a description, the request example and the
 * errors it can give; the internal withdrawal check is not. And the body limit every command shares.
 */
class ApiContractIT extends FulfillmentIntegrationTest {

    /** contracts §1, fulfillment's part, written out by hand (all POST). */
    private static final List<String> ENDPOINTS = List.of(
            "/api/v1/cases/{caseId}/return-shipment",
            "/api/v1/warehouse/cases/{caseId}/receipt",
            "/api/v1/merchant/cases/{caseId}/inspection",
            "/api/v1/finance/cases/{caseId}/refund-route",
            "/api/v1/merchant/cases/{caseId}/repair",
            "/api/v1/merchant/cases/{caseId}/reshipment");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyEndpointIsDocumentedWithAnOperationIdTagExamplesAndItsErrors() throws IOException {
        EntityExchangeResult<String> response = http.get().uri("/v3/api-docs").exchange()
                .expectBody(String.class).returnResult();
        assertThat(response.getStatus().value()).isEqualTo(200);
        // Kept for linting it on its own (CI lints the gateway's merged document with Spectral).
        Files.writeString(Path.of("target", "openapi-fulfillment.json"), response.getResponseBody());
        JsonNode document = JSON.readTree(response.getResponseBody());

        assertThat(document.get("openapi").asString()).startsWith("3.1");
        assertThat(document.get("info").get("title").asString()).isEqualTo("fulfillment-service");
        assertThat(document.get("paths").propertyNames()).containsExactlyInAnyOrderElementsOf(ENDPOINTS);
        List<String> tags = document.get("tags").valueStream().map(tag -> tag.get("name").asString()).toList();
        for (String path : ENDPOINTS) {
            JsonNode operation = document.get("paths").get(path).get("post");
            assertThat(operation).as(path).isNotNull();
            assertThat(operation.get("operationId").asString()).as(path).startsWith("fulfillment");
            assertThat(operation.get("summary").asString()).as(path).isNotBlank();
            assertThat(operation.get("description").asString()).as(path).isNotBlank();
            assertThat(operation.get("tags")).as(path).hasSize(1);
            assertThat(tags).as(path).contains(operation.get("tags").get(0).asString());
            assertThat(operation.get("parameters").valueStream().map(p -> p.get("name").asString()))
                    .as(path).contains("caseId", "Idempotency-Key");
            assertThat(hasExample(operation.get("requestBody").get("content").get("application/json")))
                    .as(path).isTrue();
            JsonNode responses = operation.get("responses");
            assertThat(hasExample(responses.get("200").get("content").get("application/json"))).as(path).isTrue();
            for (String status : List.of("400", "401", "403", "404", "409", "413", "415", "422", "429", "500",
                    "503")) {
                assertThat(responses.get(status)).as(path + " " + status).isNotNull();
                assertThat(responses.get(status).get("content").get("application/problem+json").get("schema")
                        .get("$ref").asString()).as(path + " " + status).isEqualTo("#/components/schemas/Problem");
            }
        }
        List<String> operationIds = document.get("paths").valueStream()
                .flatMap(path -> path.valueStream().map(operation -> operation.get("operationId").asString()))
                .toList();
        assertThat(operationIds).doesNotHaveDuplicates().containsExactlyInAnyOrder("fulfillmentShipReturn",
                "fulfillmentConfirmReceipt", "fulfillmentRecordInspection", "fulfillmentChooseRefundRoute",
                "fulfillmentRecordRepairStage", "fulfillmentShipReplacement");
        assertThat(response.getResponseBody()).doesNotContain("/internal/");
        assertThat(document.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
                .isEqualTo("bearer");
    }

    /** One example ({@code example}) or several ({@code examples}, each with a value). */
    private static boolean hasExample(JsonNode mediaType) {
        return mediaType.hasNonNull("example") || (mediaType.has("examples") && !mediaType.get("examples").isEmpty()
                && mediaType.get("examples").valueStream().allMatch(example -> example.hasNonNull("value")));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        String huge = "{\"note\":\"" + "x".repeat(20_000) + "\"}";
        for (String path : ENDPOINTS) {
            EntityExchangeResult<String> response = post(path.replace("{caseId}", UUID.randomUUID().toString()),
                    financeToken(), huge, null);
            assertProblem(response, 413);
            assertThat(response.getResponseBody()).contains("\"title\":\"Content too large\"");
        }
    }
}
