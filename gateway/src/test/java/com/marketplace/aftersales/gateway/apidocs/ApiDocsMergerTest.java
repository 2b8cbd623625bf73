package com.marketplace.aftersales.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiDocsMergerTest {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String PROBLEM = """
            {"type": "object", "required": ["title", "status"],
             "properties": {"title": {"type": "string"}, "status": {"type": "integer"}}}""";
    private static final String BEARER = """
            {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}""";

    /** Intake: creates cases and reviews them; also documents a case read it does not serve through the gateway. */
    private static final JsonNode INTAKE = doc("""
            {"openapi": "3.1.0",
             "tags": [{"name": "Cases", "description": "Opening cases"}],
             "paths": {
               "/api/v1/cases": {"post": {"operationId": "intakeCreateCase", "tags": ["Cases"],
                   "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewCase"}}}},
                   "responses": {"201": {"description": "created",
                       "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CaseCreated"}}}},
                     "400": {"description": "bad", "content": {"application/problem+json": {
                       "schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/api/v1/cases/{id}": {"get": {"operationId": "intakeInternalRead", "responses": {"200": {
                   "description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Internal"}}}}}}},
               "/api/v1/agent/cases/{id}/review": {
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                 "post": {"operationId": "intakeReview", "tags": ["Review"], "responses": {"200": {"description": "ok"}}}}
             },
             "components": {
               "schemas": {
                 "Problem": %s,
                 "Money": {"type": "object", "properties": {"amount": {"type": "string"}, "currency": {"type": "string"}}},
                 "NewCase": {"type": "object", "properties": {"requestedAmount": {"$ref": "#/components/schemas/Money"}}},
                 "CaseCreated": {"type": "object", "properties": {"caseId": {"type": "string"}}},
                 "Internal": {"type": "object"}
               },
               "securitySchemes": {"bearer": %s}
             }}""".formatted(PROBLEM, BEARER));

    /**
     * Fulfillment: its own {@code Money} (with a different shape), a {@code Refund} that is textually the same in
     * both would-be worlds but points at its Money, the shared Problem and bearer, and the same path shape as intake
     * with another variable name.
     */
    private static final JsonNode FULFILLMENT = doc("""
            {"openapi": "3.1.0",
             "paths": {
               "/api/v1/cases/{caseId}": {"post": {"operationId": "fulfillmentSomething",
                   "parameters": [{"name": "caseId", "in": "path", "required": true, "schema": {"type": "string"}}],
                   "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Refund"}}}},
                   "responses": {"200": {"description": "ok"}, "409": {"description": "conflict",
                     "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/api/v1/cases/{caseId}/return-shipment": {"post": {"operationId": "fulfillmentShip", "tags": ["Returns"],
                   "responses": {"200": {"description": "ok"}}}}
             },
             "components": {
               "schemas": {
                 "Problem": %s,
                 "Money": {"type": "object", "properties": {"amount": {"type": "number"}}},
                 "Refund": {"type": "object", "properties": {"money": {"$ref": "#/components/schemas/Money"}}},
                 "Unused": {"type": "string"}
               },
               "securitySchemes": {"bearer": %s}
             }}""".formatted(PROBLEM, BEARER));

    @Test
    void onlyTheOperationsTheRoutesSendToAServiceAreKeptAndWhatTheyDoNotUseIsLeftOut() {
        ApiDocsMerger merger = new ApiDocsMerger()
                .add("intake", INTAKE, (method, path) -> !path.equals("/api/v1/cases/{id}"));

        assertThat(names(merger.paths())).containsExactlyInAnyOrder("/api/v1/cases",
                "/api/v1/agent/cases/{id}/review");
        JsonNode schemas = merger.components().get("schemas");
        assertThat(names(schemas)).containsExactlyInAnyOrder("Problem", "Money", "NewCase", "CaseCreated");
        assertThat(merger.components().path("securitySchemes").has("bearer")).isTrue();
    }

    @Test
    void aFilterDecidesMethodByMethod() {
        JsonNode twoMethods = doc("""
                {"openapi": "3.1.0", "paths": {"/api/v1/cases": {
                   "get": {"operationId": "listCases", "responses": {"200": {"description": "ok"}}},
                   "post": {"operationId": "createCase", "responses": {"201": {"description": "ok"}}}}}}""");

        ApiDocsMerger merger = new ApiDocsMerger().add("case-view", twoMethods, (method, path) -> method.equals("GET"));

        assertThat(names(merger.paths().get("/api/v1/cases"))).containsExactly("get");
    }

    @Test
    void aSchemaNameTwoServicesUseDifferentlyIsPrefixedWithTheServiceAndItsReferencesFollow() {
        ApiDocsMerger merger = new ApiDocsMerger()
                .add("intake", INTAKE, (method, path) -> true)
                .add("fulfillment", FULFILLMENT, (method, path) -> true);

        JsonNode schemas = merger.components().get("schemas");
        assertThat(schemas.get("Money").path("properties").path("amount").path("type").asString()).isEqualTo("string");
        assertThat(schemas.get("FulfillmentMoney").path("properties").path("amount").path("type").asString())
                .isEqualTo("number");
        // Refund exists only in fulfillment: kept under its name, now pointing at fulfillment's Money.
        assertThat(schemas.get("Refund").path("properties").path("money").path("$ref").asString())
                .isEqualTo("#/components/schemas/FulfillmentMoney");
        assertThat(schemas.get("NewCase").path("properties").path("requestedAmount").path("$ref").asString())
                .isEqualTo("#/components/schemas/Money");
        assertThat(names(schemas)).doesNotContain("FulfillmentProblem", "Unused", "FulfillmentRefund");
        assertThat(names(merger.components().get("securitySchemes"))).containsExactly("bearer");
    }

    @Test
    void aSchemaTheSameInTextButPointingAtARenamedOneIsRenamedToo() {
        JsonNode intakeWithRefund = doc("""
                {"openapi": "3.1.0", "paths": {"/a": {"post": {"operationId": "a", "responses": {"200": {
                   "description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Refund"}}}}}}}},
                 "components": {"schemas": {
                   "Money": {"type": "object", "properties": {"amount": {"type": "string"}}},
                   "Refund": {"type": "object", "properties": {"money": {"$ref": "#/components/schemas/Money"}}}}}}""");

        ApiDocsMerger merger = new ApiDocsMerger()
                .add("intake", intakeWithRefund, (method, path) -> true)
                .add("fulfillment", FULFILLMENT, (method, path) -> true);

        JsonNode schemas = merger.components().get("schemas");
        assertThat(names(schemas)).contains("Refund", "FulfillmentRefund", "Money", "FulfillmentMoney");
        assertThat(schemas.get("FulfillmentRefund").path("properties").path("money").path("$ref").asString())
                .isEqualTo("#/components/schemas/FulfillmentMoney");
        assertThat(merger.paths().path("/api/v1/cases/{caseId}").path("post").path("requestBody").path("content")
                .path("application/json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/FulfillmentRefund");
    }

    @Test
    void theSamePathWithOtherVariableNamesBecomesOnePathAndPathLevelParametersMoveIntoTheOperations() {
        ApiDocsMerger merger = new ApiDocsMerger()
                .add("intake", INTAKE, (method, path) -> true)
                .add("fulfillment", FULFILLMENT, (method, path) -> true);

        JsonNode paths = merger.paths();
        assertThat(names(paths)).doesNotContain("/api/v1/cases/{caseId}");
        JsonNode item = paths.get("/api/v1/cases/{id}");
        assertThat(names(item)).containsExactlyInAnyOrder("get", "post");
        assertThat(item.path("post").path("parameters").get(0).path("name").asString()).isEqualTo("id");
        JsonNode review = paths.get("/api/v1/agent/cases/{id}/review");
        assertThat(review.has("parameters")).isFalse();
        assertThat(review.path("post").path("parameters").get(0).path("name").asString()).isEqualTo("id");
    }

    @Test
    void sharedComponentsOfTheGatewayAreUsedOnlyWhereNoServiceDefinedThem() {
        JsonNode fallback = doc("""
                {"schemas": {"Problem": {"type": "object", "description": "the gateway's copy"}},
                 "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}""");

        JsonNode withServices = new ApiDocsMerger().add("intake", INTAKE, (method, path) -> true)
                .addIfAbsent(fallback).components();
        JsonNode alone = new ApiDocsMerger().addIfAbsent(fallback).components();

        assertThat(withServices.path("schemas").path("Problem").has("description")).isFalse();
        assertThat(alone.path("schemas").path("Problem").path("description").asString())
                .isEqualTo("the gateway's copy");
    }

    @Test
    void everyTagInUseIsListedWithItsDescriptionWhereAServiceGaveOne() {
        ApiDocsMerger merger = new ApiDocsMerger()
                .add("intake", INTAKE, (method, path) -> true)
                .add("fulfillment", FULFILLMENT, (method, path) -> true);

        JsonNode tags = merger.tags();
        assertThat(tags).extracting(tag -> tag.path("name").asString())
                .containsExactly("Cases", "Returns", "Review");
        assertThat(tags.get(0).path("description").asString()).isEqualTo("Opening cases");
    }

    @Test
    void prefixesAreTheServiceNameInPascalCase() {
        assertThat(ApiDocsMerger.prefix("case-view")).isEqualTo("CaseView");
        assertThat(ApiDocsMerger.prefix("intake")).isEqualTo("Intake");
    }

    private static Set<String> names(JsonNode object) {
        return Set.copyOf(object.propertyNames());
    }

    private static JsonNode doc(String json) {
        return JSON.readTree(json);
    }
}
