package com.marketplace.aftersales.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.feedback.FeedbackIntegrationTest;
import com.marketplace.aftersales.feedback.cases.FeedbackCase;
import com.marketplace.aftersales.testsupport.TestTokens;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad-input corpus over every command of the service: wrong types, nulls, huge strings, unknown (and
 * mass-assigned) fields, malformed JSON, bad enums, oversized and non-JSON bodies, malformed and traversal-like case
 * ids. Each is a 4xx problem, never a 5xx, and leaves the case as it was: still waiting for its rating, no complaint,
 * nothing counted in the month's figures.
 */
class BadInputIT extends FeedbackIntegrationTest {

    private static final String HUGE = "x".repeat(100_000);

    @Autowired
    JsonMapper json;

    /** body → the field the problem must name (null: the body is not JSON at all, no field to name). */
    private record Bad(String body, String field) {
    }

    private static final List<Bad> RATINGS = List.of(
            new Bad("{\"rating\":\"five\"}", "rating"), new Bad("{\"rating\":null}", "rating"),
            new Bad("{\"rating\":true}", "rating"), new Bad("{\"rating\":[5]}", "rating"),
            new Bad("{\"rating\":{\"score\":5}}", "rating"), new Bad("{\"rating\":4.5}", "rating"),
            new Bad("{\"rating\":\"4\"}", "rating"), new Bad("{\"rating\":0}", "rating"),
            new Bad("{\"rating\":-1}", "rating"), new Bad("{\"rating\":6}", "rating"),
            // out of range of int: the platform's reader names no field for it yet (see the README)
            new Bad("{\"rating\":99999999999999999999}", null), new Bad("{}", "rating"),
            new Bad("{\"rating\":4,\"comment\":123}", "comment"),
            new Bad("{\"rating\":4,\"comment\":\"" + "x".repeat(1_001) + "\"}", "comment"),
            new Bad("{\"rating\":4,\"channel\":\"CARRIER_PIGEON\"}", "channel"),
            new Bad("{\"rating\":4,\"channel\":0}", "channel"),
            new Bad("{\"rating\":4,\"channel\":\"STAFF_CONSOLE\"}", "channel"),
            new Bad("{\"rating\":4,\"status\":\"CLOSED\"}", "status"),
            new Bad("{\"rating\":4,\"customerId\":\"someone-else\"}", "customerId"),
            new Bad("{\"rating\":4", null), new Bad("{rating:4}", null), new Bad("[]", null), new Bad("null", null),
            new Bad("\"rating\"", null), new Bad("{\"rating\":4}{\"rating\":5}", null),
            new Bad("{\"rating\":4,\"rating\":5}", null), new Bad("", null), new Bad("\u0000", null));

    private static final List<Bad> COMPLAINTS = List.of(
            new Bad("{\"text\":123}", "text"), new Bad("{\"text\":null}", "text"),
            new Bad("{\"text\":[\"a\"]}", "text"), new Bad("{\"text\":true}", "text"),
            new Bad("{\"text\":\"\"}", "text"), new Bad("{\"text\":\"   \"}", "text"),
            new Bad("{}", "text"), new Bad("{\"text\":\"" + "x".repeat(2_001) + "\"}", "text"),
            new Bad("{\"text\":\"late\",\"channel\":\"SYSTEM\"}", "channel"),
            new Bad("{\"text\":\"late\",\"channel\":\"carrier pigeon\"}", "channel"),
            new Bad("{\"text\":\"late\",\"complaintId\":\"" + UUID.randomUUID() + "\"}", "complaintId"),
            new Bad("{\"text\":\"late\",\"resolution\":\"refunded\"}", "resolution"),
            new Bad("{\"text\":\"late\"", null), new Bad("text=late", null), new Bad("[\"late\"]", null),
            new Bad("{\"text\":\"a\",\"text\":\"b\"}", null), new Bad("", null));

    /** case id → the field named (null: the security firewall refuses the path before any handler sees it). */
    private static final List<Bad> MALFORMED_CASE_IDS = List.of(new Bad("not-a-case-id", "caseId"),
            new Bad("1-2-3-4-5", "caseId"), new Bad("' OR '1'='1", "caseId"),
            new Bad("3f2c8a4e5b7d4c1e9a0f2d6b8e4c7a15", "caseId"),
            new Bad("{3f2c8a4e-5b7d-4c1e-9a0f-2d6b8e4c7a15}", "caseId"),
            new Bad("3f2c8a4e-5b7d-4c1e-9a0f-2d6b8e4c7a15-00", "caseId"), new Bad("x".repeat(1_000), "caseId"),
            new Bad("%00", null), new Bad("..%2F..", null), new Bad("%2e%2e", null));

    @Test
    void badRatingsAreProblemsNamingTheFieldAndChangeNothing() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = resolvedCaseOf(customer);
        String path = "/api/v1/cases/" + caseId + "/feedback";

        for (Bad bad : RATINGS) {
            assertBadRequest(post(path, TestTokens.customer(customer), null, bad.body()), bad);
        }

        assertThat(caseOf(caseId).orElseThrow().status()).isEqualTo(FeedbackCase.Status.RESOLVED);
        assertThat(rows("select count(*) from follow_up where case_id = :caseId", caseId)).isZero();
    }

    @Test
    void badComplaintsAreProblemsNamingTheFieldAndChangeNothing() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = resolvedCaseOf(customer);
        String path = "/api/v1/cases/" + caseId + "/complaints";

        for (Bad bad : COMPLAINTS) {
            assertBadRequest(post(path, TestTokens.customer(customer), null, bad.body()), bad);
        }

        assertThat(rows("select count(*) from complaint where case_id = :caseId", caseId)).isZero();
    }

    @Test
    void aMalformedCaseIdIsABadRequestNotAMissingCase() {
        String customer = "customer-" + UUID.randomUUID();
        for (Bad caseId : MALFORMED_CASE_IDS) {
            for (String command : List.of("feedback", "complaints")) {
                EntityExchangeResult<String> result = client.post()
                        .uri("/api/v1/cases/{caseId}/" + command, caseId.body())
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer(customer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(command.equals("feedback") ? "{\"rating\":5}" : "{\"text\":\"late\"}")
                        .exchange().expectBody(String.class).returnResult();
                assertBadRequest(result, caseId);
            }
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413WhetherItsLengthIsAnnouncedOrNot() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = resolvedCaseOf(customer);
        String oversized = "{\"text\":\"" + HUGE + "\"}";

        EntityExchangeResult<String> announced = post("/api/v1/cases/" + caseId + "/complaints",
                TestTokens.customer(customer), null, oversized);
        EntityExchangeResult<String> chunked = client.post().uri("/api/v1/cases/" + caseId + "/complaints")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer(customer))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Flux.range(0, 20).map(i -> chunk(i == 0 ? "{\"text\":\"" : "x".repeat(5_000))), DataBuffer.class)
                .exchange().expectBody(String.class).returnResult();
        EntityExchangeResult<String> rating = post("/api/v1/cases/" + caseId + "/feedback",
                TestTokens.customer(customer), null, "{\"rating\":5,\"comment\":\"" + HUGE + "\"}");

        for (EntityExchangeResult<String> result : List.of(announced, chunked, rating)) {
            assertThat(result.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(rows("select count(*) from complaint where case_id = :caseId", caseId)).isZero();
        assertThat(caseOf(caseId).orElseThrow().status()).isEqualTo(FeedbackCase.Status.RESOLVED);
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = resolvedCaseOf(customer);

        for (MediaType type : List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_FORM_URLENCODED,
                MediaType.APPLICATION_XML)) {
            EntityExchangeResult<String> result = client.post().uri("/api/v1/cases/" + caseId + "/feedback")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer(customer))
                    .contentType(type).bodyValue("rating=5")
                    .exchange().expectBody(String.class).returnResult();
            assertThat(result.getStatus()).as(type.toString()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(caseOf(caseId).orElseThrow().status()).isEqualTo(FeedbackCase.Status.RESOLVED);
    }

    @Test
    void anIdempotencyKeyThatIsNotOneIsABadRequest() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = resolvedCaseOf(customer);

        for (String key : List.of("k".repeat(256), "key with spaces", "clé")) {
            EntityExchangeResult<String> result = client.post().uri("/api/v1/cases/" + caseId + "/feedback")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer(customer))
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"rating\":5}")
                    .exchange().expectBody(String.class).returnResult();
            assertBadRequest(result, new Bad(key, "Idempotency-Key"));
        }
        assertThat(caseOf(caseId).orElseThrow().status()).isEqualTo(FeedbackCase.Status.RESOLVED);
    }

    private void assertBadRequest(EntityExchangeResult<String> result, Bad bad) {
        String shown = bad.body().length() > 60 ? bad.body().substring(0, 60) + "…" : bad.body();
        assertThat(result.getStatus()).as(shown).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(result.getResponseHeaders().getContentType()).as(shown)
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(result.getResponseBody());
        assertThat(problem.path("status").asInt()).as(shown).isEqualTo(400);
        if (bad.field() != null) {
            assertThat(problem.at("/errors/0/field").asString("")).as(shown).isEqualTo(bad.field());
        }
        // a refusal never echoes a huge input back (beyond the request path, which problems name as their instance)
        assertThat(result.getResponseBody().length() - result.getUrl().getRawPath().length()).as(shown)
                .isLessThan(1_000);
    }

    private long rows(String sql, UUID caseId) {
        return db.sql(sql).bind("caseId", caseId).map(row -> row.get(0, Long.class)).one().block();
    }

    private static DataBuffer chunk(String text) {
        return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

}
