package com.marketplace.aftersales.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.gateway.BackendStub;
import com.marketplace.aftersales.gateway.Backends;
import com.marketplace.aftersales.gateway.GatewayIntegrationTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The suite's API description, merged from the services' own (stubs here) by what the routes send them. */
class MergedApiDocsIT extends GatewayIntegrationTest {

    private static final String PROBLEM = """
            {"type": "object", "required": ["title", "status"],
             "properties": {"title": {"type": "string"}, "status": {"type": "integer"}, "detail": {"type": "string"}}}""";
    private static final String BEARER = """
            {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}""";

    /** Each stub's document; some document operations the gateway does not send them (or sends elsewhere). */
    private static final Map<String, String> DOCUMENTS = Map.of(
            "intake", document("""
                    "/api/v1/cases": {"post": %s},
                    "/api/v1/cases/{caseId}": {"get": %s},
                    "/api/v1/internal/replay": {"post": %s}""",
                    operation("intakeCreateCase", "NewCase"), operation("intakeShadowRead", null),
                    operation("intakeReplay", null), """
                    "NewCase": {"type": "object", "properties": {"requestedAmount": {"$ref": "#/components/schemas/Money"}}},
                    "Money": {"type": "object", "properties": {"amount": {"type": "string"}, "currency": {"type": "string"}}}"""),
            "diagnosis", document("""
                    "/api/v1/merchant/cases/{caseId}/response": {"post": %s}""",
                    operation("diagnosisMerchantResponse", null), null, null, ""),
            "fulfillment", document("""
                    "/api/v1/cases/{caseId}/return-shipment": {"post": %s}""",
                    operation("fulfillmentShipReturn", "Refund"), null, null, """
                    "Refund": {"type": "object", "properties": {"amount": {"$ref": "#/components/schemas/Money"}}},
                    "Money": {"type": "object", "properties": {"amount": {"type": "number"}}}"""),
            "feedback", document("""
                    "/api/v1/public/reports/monthly": {"get": %s}""",
                    operation("feedbackPublicReport", null), null, null, ""),
            "case-view", document("""
                    "/api/v1/cases": {"get": %s, "post": %s},
                    "/api/v1/cases/{caseId}": {"get": %s}""",
                    operation("caseViewListCases", null), operation("caseViewShadowCreate", null),
                    operation("caseViewCaseDetail", null), ""));

    @Autowired
    MergedApiDocs docs;

    @BeforeEach
    void servicesDescribeThemselves() {
        DOCUMENTS.forEach((service, document) -> Backends.stub(service).apiDocs(document));
        docs.invalidate();
    }

    @AfterEach
    void forget() {
        Backends.all().values().forEach(stub -> stub.apiDocs(null));
        docs.invalidate();
    }

    @Test
    void theMergedDocumentHasWhatTheRoutesSendToEachServiceAndNothingElse() {
        JsonNode merged = fetch();

        assertThat(merged.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(merged.path("info").path("title").asString()).isEqualTo("After-sales API");
        assertThat(merged.path("info").path("description").asString())
                .contains("Idempotency-Key", "If-Match", "429", "Retry-After", "Last-Event-ID", "problem+json");
        assertThat(merged.path("servers").get(0).path("url").asString()).isEqualTo("/");
        assertThat(operations(merged)).containsExactlyInAnyOrder(
                "post /api/v1/cases intakeCreateCase",
                "get /api/v1/cases caseViewListCases",
                "get /api/v1/cases/{caseId} caseViewCaseDetail",
                "post /api/v1/cases/{caseId}/return-shipment fulfillmentShipReturn",
                "post /api/v1/merchant/cases/{caseId}/response diagnosisMerchantResponse",
                "get /api/v1/public/reports/monthly feedbackPublicReport");
        assertThat(merged.path("paths").has("/dev/tokens")).as("no dev token issuer outside the local profile")
                .isFalse();
        assertThat(merged.path("x-aftersales-missing").isEmpty()).isTrue();
    }

    @Test
    void clashingSchemasArePrefixedWithTheirServiceAndSharedOnesAppearOnce() {
        JsonNode components = fetch().path("components");

        JsonNode schemas = components.path("schemas");
        assertThat(Set.copyOf(schemas.propertyNames()))
                .containsExactlyInAnyOrder("Problem", "NewCase", "Money", "Refund", "FulfillmentMoney");
        assertThat(schemas.path("Refund").path("properties").path("amount").path("$ref").asString())
                .isEqualTo("#/components/schemas/FulfillmentMoney");
        assertThat(schemas.path("NewCase").path("properties").path("requestedAmount").path("$ref").asString())
                .isEqualTo("#/components/schemas/Money");
        assertThat(Set.copyOf(components.path("securitySchemes").propertyNames())).containsExactly("bearer");
    }

    @Test
    void aServiceThatIsDownLeavesAGapThatIsSaidNotAnError() {
        BackendStub feedback = Backends.stub("feedback");
        feedback.stop();
        try {
            JsonNode merged = fetch();

            assertThat(merged.path("x-aftersales-missing")).hasSize(1);
            assertThat(merged.path("x-aftersales-missing").get(0).path("service").asString()).isEqualTo("feedback");
            assertThat(merged.path("info").path("description").asString()).contains("Incomplete", "feedback");
            assertThat(merged.path("paths").has("/api/v1/public/reports/monthly")).isFalse();
            assertThat(merged.path("paths").has("/api/v1/merchant/cases/{caseId}/response")).isTrue();
        } finally {
            feedback.start();
        }
    }

    @Test
    void theDocumentIsKeptForAWhileInsteadOfAskingEveryServiceEachTime() {
        BackendStub intake = Backends.stub("intake");
        int askedBefore = intake.received("GET", "/v3/api-docs").size();

        fetch();
        fetch();

        assertThat(intake.received("GET", "/v3/api-docs")).hasSize(askedBefore + 1);
    }

    private JsonNode fetch() {
        // No token: the description is public.
        byte[] body = client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().returnResult().getResponseBody();
        return JsonMapper.shared().readTree(body);
    }

    private static Set<String> operations(JsonNode merged) {
        java.util.Set<String> result = new java.util.HashSet<>();
        for (Map.Entry<String, JsonNode> path : merged.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                result.add(operation.getKey() + " " + path.getKey() + " "
                        + operation.getValue().path("operationId").asString());
            }
        }
        return result;
    }

    private static String document(String paths, String first, String second, String third, String schemas) {
        String filled = third != null ? paths.formatted(first, second, third)
                : second != null ? paths.formatted(first, second) : paths.formatted(first);
        return """
                {"openapi": "3.1.0", "info": {"title": "stub", "version": "v1"},
                 "servers": [{"url": "http://localhost:1234"}],
                 "paths": {%s},
                 "components": {"schemas": {"Problem": %s%s}, "securitySchemes": {"bearer": %s}}}"""
                .formatted(filled, PROBLEM, schemas.isBlank() ? "" : ",\n" + schemas, BEARER);
    }

    private static String operation(String operationId, String requestSchema) {
        String body = requestSchema == null ? "" : """
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/%s"}}}},"""
                .formatted(requestSchema);
        return """
                {"operationId": "%s", %s
                 "responses": {"200": {"description": "ok"}, "400": {"description": "invalid",
                   "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}"""
                .formatted(operationId, body);
    }
}
