package com.marketplace.aftersales.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import com.marketplace.aftersales.intake.IntakeIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

/**
 * Intake's part of the suite's API document ({@code /v3/api-docs}, merged by the gateway): every endpoint, written
 * out here by hand from the contract, is documented with an operation id, a summary, a description and its feature's
 * tag; request bodies and success responses carry examples; each endpoint-specific error is a problem response with
 * examples. The document is written to {@code target/intake-openapi.json}, where Spectral can lint it.
 */
class ApiDocsIT extends IntakeIntegrationTest {

    /** An endpoint as the contract promises it, with the errors peculiar to it (the common ones are the platform's). */
    record Endpoint(String method, String path, String operationId, String tag, String success, List<String> errors) {

        String key() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("post", "/api/v1/cases", "intakeSubmitCase", ApiDocs.TAG_SUBMISSION, "201",
                    List.of("409", "413", "415", "422")),
            new Endpoint("post", "/api/v1/cases/{caseId}/evidence", "intakeAddEvidence", ApiDocs.TAG_EVIDENCE, "201",
                    List.of("404", "409", "413", "415", "422", "503")),
            new Endpoint("get", "/api/v1/cases/{caseId}/evidence/{evidenceId}", "intakeDownloadOwnEvidence",
                    ApiDocs.TAG_EVIDENCE, "200", List.of("404")),
            new Endpoint("get", "/api/v1/agent/cases/{caseId}/evidence/{evidenceId}", "intakeDownloadEvidenceForStaff",
                    ApiDocs.TAG_EVIDENCE, "200", List.of("404")),
            new Endpoint("post", "/api/v1/agent/cases/{caseId}/review", "intakeReviewCase", ApiDocs.TAG_REVIEW, "200",
                    List.of("404", "409", "413", "415", "422")),
            new Endpoint("post", "/api/v1/cases/{caseId}/info", "intakeProvideInfo", ApiDocs.TAG_REVIEW, "200",
                    List.of("404", "409", "413", "415", "422")),
            new Endpoint("post", "/api/v1/cases/{caseId}/messages", "intakePostCustomerMessage", ApiDocs.TAG_MESSAGES,
                    "201", List.of("404", "409", "413", "415", "422")),
            new Endpoint("post", "/api/v1/agent/cases/{caseId}/messages", "intakePostStaffMessage",
                    ApiDocs.TAG_MESSAGES, "201", List.of("404", "409", "413", "415", "422")),
            new Endpoint("post", "/api/v1/cases/{caseId}/withdraw", "intakeWithdrawCase", ApiDocs.TAG_WITHDRAWAL,
                    "200", List.of("404", "409", "413", "415", "422", "502", "503")));

    private static final List<String> COMMON_ERRORS = List.of("400", "401", "403", "429", "500", "503");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    @Test
    void everyEndpointIsDocumentedWithAnOperationIdSummaryAndTagAndNothingElseIs() throws Exception {
        JsonNode document = document();

        assertThat(document.get("openapi").asString()).startsWith("3.1");
        assertThat(document.path("info").path("description").asString()).isNotBlank();
        List<String> documented = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(ENDPOINTS.stream().map(Endpoint::key).toList());

        Set<String> declaredTags = new HashSet<>();
        document.get("tags").forEach(tag -> declaredTags.add(tag.get("name").asString()));
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : ENDPOINTS) {
            JsonNode operation = operation(document, endpoint);
            softly.assertThat(operation.path("operationId").asString()).as(endpoint.key())
                    .isEqualTo(endpoint.operationId());
            softly.assertThat(operation.path("summary").asString()).as(endpoint.key()).isNotBlank();
            softly.assertThat(operation.path("description").asString()).as(endpoint.key()).isNotBlank();
            softly.assertThat(operation.path("tags").valueStream().map(JsonNode::asString).toList())
                    .as(endpoint.key()).containsExactly(endpoint.tag());
            softly.assertThat(declaredTags).as(endpoint.key()).contains(endpoint.tag());
            Matcher parameters = PATH_PARAMETER.matcher(endpoint.path());
            while (parameters.find()) {
                JsonNode declared = parameter(operation, parameters.group(1));
                softly.assertThat(declared).as(endpoint.key() + " " + parameters.group(1)).isNotNull();
                if (declared != null) {
                    softly.assertThat(declared.path("in").asString()).isEqualTo("path");
                    softly.assertThat(declared.path("required").asBoolean()).isTrue();
                    softly.assertThat(declared.path("schema").path("format").asString()).isEqualTo("uuid");
                    softly.assertThat(declared.path("example").asString()).isNotBlank();
                }
            }
            if (endpoint.method().equals("post")) {
                JsonNode key = parameter(operation, "Idempotency-Key");
                softly.assertThat(key).as(endpoint.key() + " Idempotency-Key").isNotNull();
                if (key != null) {
                    softly.assertThat(key.path("in").asString()).isEqualTo("header");
                    softly.assertThat(key.path("schema").path("maxLength").asInt()).isEqualTo(255);
                }
            }
            for (String status : COMMON_ERRORS) {
                softly.assertThat(operation.path("responses").has(status)).as(endpoint.key() + " " + status).isTrue();
            }
        }
        softly.assertAll();
    }

    @Test
    void requestBodiesAndSuccessfulAnswersCarryExamples() throws Exception {
        JsonNode document = document();
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : ENDPOINTS) {
            JsonNode operation = operation(document, endpoint);
            JsonNode request = operation.path("requestBody").path("content");
            if (request.has("application/json")) {
                JsonNode media = request.get("application/json");
                softly.assertThat(media.path("schema").path("$ref").asString()).as(endpoint.key()).isNotBlank();
                softly.assertThat(examples(media)).as(endpoint.key() + " request examples").isNotEmpty()
                        .allSatisfy(example -> assertThat(example.isObject()).isTrue());
            }
            JsonNode success = operation.path("responses").path(endpoint.success()).path("content");
            softly.assertThat(success.isEmpty()).as(endpoint.key() + " " + endpoint.success()).isFalse();
            if (success.has("application/json")) {
                JsonNode media = success.get("application/json");
                softly.assertThat(media.path("schema").path("$ref").asString()).as(endpoint.key()).isNotBlank();
                softly.assertThat(examples(media)).as(endpoint.key() + " response examples").isNotEmpty();
            } else {
                // A download: the file itself, as one of the types intake takes.
                softly.assertThat(success.propertyNames()).as(endpoint.key())
                        .containsExactlyInAnyOrder("image/jpeg", "image/png", "image/webp", "video/mp4");
                success.forEach(media -> softly.assertThat(media.path("schema").path("format").asString())
                        .isEqualTo("binary"));
            }
        }
        softly.assertAll();
    }

    @Test
    void theUploadIsDocumentedAsOneBinaryFilePartOfTheAcceptedTypes() throws Exception {
        JsonNode document = document();
        JsonNode media = operation(document, ENDPOINTS.get(1)).path("requestBody").path("content")
                .path("multipart/form-data");

        JsonNode form = resolve(document, media.path("schema"));
        assertThat(form.path("required").valueStream().map(JsonNode::asString)).containsExactly("file");
        assertThat(form.path("properties").propertyNames()).containsExactly("file");
        assertThat(form.path("properties").path("file").path("format").asString()).isEqualTo("binary");
        assertThat(media.path("encoding").path("file").path("contentType").asString())
                .isEqualTo("image/jpeg, image/png, image/webp, video/mp4");
        // The limits in the description are the configured ones (the test profile's).
        assertThat(operation(document, ENDPOINTS.get(1)).path("description").asString())
                .contains("up to 256KB", "up to 1MB", "up to 3 files");
    }

    @Test
    void everyEndpointSpecificErrorIsAProblemWithExamples() throws Exception {
        JsonNode document = document();
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String status : endpoint.errors()) {
                String label = endpoint.key() + " " + status;
                JsonNode response = resolve(document, operation(document, endpoint).path("responses").path(status));
                softly.assertThat(response.path("description").asString()).as(label).isNotBlank();
                JsonNode media = response.path("content").path("application/problem+json");
                softly.assertThat(media.path("schema").path("$ref").asString()).as(label)
                        .isEqualTo("#/components/schemas/Problem");
                List<JsonNode> examples = examples(media);
                softly.assertThat(examples).as(label + " examples").isNotEmpty();
                examples.forEach(example -> {
                    softly.assertThat(example.path("status").isInt()).as(label).isTrue();
                    softly.assertThat(example.path("status").asInt()).as(label).isEqualTo(Integer.parseInt(status));
                    softly.assertThat(example.path("title").asString()).as(label).isNotBlank();
                    softly.assertThat(example.path("detail").asString()).as(label).isNotBlank();
                });
                if (status.equals("503")) {
                    softly.assertThat(response.path("headers").has("Retry-After")).as(label).isTrue();
                }
            }
        }
        softly.assertAll();

        // The conflicts say what the client needs to go on.
        assertThat(examples(problemMedia(document, "/api/v1/cases", "409")))
                .anySatisfy(example -> assertThat(example.propertyNames())
                        .contains("openCaseId", "openServiceNo", "currentStatus"));
        assertThat(examples(problemMedia(document, "/api/v1/agent/cases/{caseId}/review", "409")))
                .anySatisfy(example -> assertThat(example.propertyNames()).contains("currentStatus"));
        assertThat(examples(problemMedia(document, "/api/v1/cases/{caseId}/withdraw", "409")))
                .anySatisfy(example -> assertThat(example.propertyNames()).contains("currentStatus", "movedBy"));
        assertThat(examples(problemMedia(document, "/api/v1/cases", "422")))
                .anySatisfy(example -> assertThat(example.path("errors").path(0).path("field").asString())
                        .isEqualTo("orderId"));
    }

    @Test
    void enumFieldsListOnlyTheValuesAClientMaySend() throws Exception {
        JsonNode schemas = document().path("components").path("schemas");

        assertThat(enumOf(schemas, "SubmitCaseRequest", "serviceType"))
                .containsExactly("RETURN_REFUND", "REFUND_ONLY", "EXCHANGE", "REPAIR", "COMPENSATION");
        assertThat(enumOf(schemas, "SubmitCaseRequest", "channel"))
                .containsExactly("ORDER_DETAIL", "PERSONAL_CENTRE", "SERVICE_ENTRY");
        assertThat(enumOf(schemas, "ReviewRequest", "decision"))
                .containsExactly("APPROVED", "NEEDS_MORE_INFO", "NOT_APPLICABLE");
    }

    @Test
    void theDocumentedProblemsAreTheOnesIntakeAnswers() throws Exception {
        JsonNode document = document();
        String customer = newCustomer();
        OrderSnapshot order = replicatedOrderOf(customer);
        submitCase(customer, order);

        EntityExchangeResult<String> openCase = post("/api/v1/cases", TestTokens.customer(customer),
                caseRequest(order, order.lines().get(0).lineId()));
        EntityExchangeResult<String> tooLarge = post("/api/v1/cases", TestTokens.customer(customer),
                "{\"description\": \"" + "x".repeat(70_000) + "\"}");

        assertProblem(openCase, 409);
        assertThat(json(openCase).propertyNames()).containsAll(
                examples(problemMedia(document, "/api/v1/cases", "409")).get(0).propertyNames());
        assertProblem(tooLarge, 413);
        assertThat(json(tooLarge).propertyNames()).containsAll(
                examples(problemMedia(document, "/api/v1/cases", "413")).get(0).propertyNames());
        assertThat(json(tooLarge).get("limitBytes").asLong())
                .isEqualTo(examples(problemMedia(document, "/api/v1/cases", "413")).get(0).get("limitBytes").asLong());
    }

    // ---- reading the document

    /** Fetched without a token (the document is public) and kept for Spectral. */
    private JsonNode document() throws Exception {
        byte[] body = api.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        Path out = Path.of("target", "intake-openapi.json");
        Files.createDirectories(out.getParent());
        Files.write(out, body);
        return EventCodec.mapper().readTree(body);
    }

    private static JsonNode operation(JsonNode document, Endpoint endpoint) {
        return document.path("paths").path(endpoint.path()).path(endpoint.method());
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        return operation.path("parameters").valueStream()
                .filter(parameter -> name.equals(parameter.path("name").asString()))
                .findFirst().orElse(null);
    }

    /** The node itself, or what its {@code $ref} points to within the document. */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asString("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    private static JsonNode problemMedia(JsonNode document, String path, String status) {
        Endpoint endpoint = ENDPOINTS.stream().filter(candidate -> candidate.path().equals(path)
                && candidate.method().equals("post")).findFirst().orElseThrow();
        return resolve(document, operation(document, endpoint).path("responses").path(status))
                .path("content").path("application/problem+json");
    }

    /** The values of a media type's examples (the named {@code examples}, or its single {@code example}). */
    private static List<JsonNode> examples(JsonNode media) {
        List<JsonNode> values = new ArrayList<>();
        media.path("examples").forEach(example -> values.add(example.path("value")));
        if (media.has("example")) {
            values.add(media.get("example"));
        }
        return values;
    }

    private static List<String> enumOf(JsonNode schemas, String schema, String property) {
        return schemas.path(schema).path("properties").path(property).path("enum").valueStream()
                .map(JsonNode::asString).toList();
    }
}
