package com.marketplace.aftersales.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.testsupport.TestTokens;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

/**
 * A corpus of malformed requests over every endpoint: each is a 4xx {@code application/problem+json} naming what is
 * wrong, never a 5xx, and nothing changes (the case keeps its ETag, the escalation stays unacknowledged).
 */
class BadInputIT extends CaseViewIntegrationTest {

    private static final String SUPERVISOR = TestTokens.staff("supervisor-bad-input", "SUPERVISOR");

    /** Path ids that are not UUIDs, raw (already percent-encoded where a client would have to). */
    private static final List<String> MALFORMED_IDS = List.of("not-a-uuid", "42",
            "3f2b6c1e8a4d4c2e9b1a0e5d7f9c2a11", "3f2b6c1e-8a4d-4c2e-9b1a-0e5d7f9c2a1z", "%27%20or%201%3D1--",
            "%20", "null", "x".repeat(1_000));
    /** Refused by the security firewall before routing: the problem names the path. */
    private static final List<String> HOSTILE_IDS = List.of("..", "..%2F..", "..%2F..%2Fadmin", "%2e%2e%2f", "%00",
            "a%5Cb", "a;b");

    @Test
    void malformedIdsAreBadRequestsNamingTheIdOnEveryEndpoint() {
        Events events = caseWithOpenEscalation();
        String etag = etagOf(events);
        String escalationId = openEscalationId(events);
        SoftAssertions softly = new SoftAssertions();

        for (String id : MALFORMED_IDS) {
            for (String path : List.of("/api/v1/cases/" + id, "/api/v1/cases/" + id + "/messages",
                    "/api/v1/cases/" + id + "/stream")) {
                expectProblem(softly, exchange("GET", path, AGENT, Map.of()), 400, "caseId");
            }
            expectProblem(softly, exchange("POST", "/api/v1/agent/escalations/" + id + "/ack", SUPERVISOR, Map.of()),
                    400, "escalationId");
        }
        for (String id : HOSTILE_IDS) {
            for (String path : List.of("/api/v1/cases/" + id, "/api/v1/cases/" + id + "/stream",
                    "/api/v1/agent/escalations/" + id + "/ack")) {
                String method = path.endsWith("/ack") ? "POST" : "GET";
                EntityExchangeResult<String> result = exchange(method, path, SUPERVISOR, Map.of());
                softly.assertThat(result.getStatus().value()).as(path).isEqualTo(400);
                softly.assertThat(result.getResponseHeaders().getContentType()).as(path)
                        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }
        softly.assertAll();

        assertThat(etagOf(events)).as("the case is unchanged").isEqualTo(etag);
        assertThat(openEscalationId(events)).as("the escalation is still open").isEqualTo(escalationId);
    }

    @Test
    void badPagingAndUnknownQueryValuesAreBadRequestsNamingEachParameter() {
        String customer = TestTokens.customer("customer-bad-input");
        String merchant = TestTokens.merchant("clerk", "merchant-bad-input");
        String warehouse = TestTokens.warehouse("clerk", "warehouse-bad-input");
        Map<String, String> lists = Map.of("/api/v1/cases", customer, "/api/v1/agent/cases", AGENT,
                "/api/v1/merchant/cases", merchant, "/api/v1/warehouse/returns", warehouse);
        Map<String, String> badQueries = Map.ofEntries(
                Map.entry("page=-1", "page"), Map.entry("page=two", "page"), Map.entry("page=1.5", "page"),
                Map.entry("page=99999999999", "page"), Map.entry("page=1&page=2", "page"),
                Map.entry("size=0", "size"), Map.entry("size=-5", "size"), Map.entry("size=101", "size"),
                Map.entry("size=1e2", "size"), Map.entry("status=LOST", "status"),
                Map.entry("status=UNKNOWN", "status"), Map.entry("status=1", "status"),
                Map.entry("status=" + "A".repeat(2_000), "status"), Map.entry("status=%00", "status"));
        SoftAssertions softly = new SoftAssertions();

        lists.forEach((path, token) -> badQueries.forEach((query, field) ->
                expectProblem(softly, exchange("GET", path + "?" + query, token, Map.of()), 400, field)));
        for (String queue : List.of("urgent", "", "REVIEW;drop", "%00", "1")) {
            EntityExchangeResult<String> result = exchange("GET", "/api/v1/agent/cases?queue=" + queue, AGENT,
                    Map.of());
            if (queue.isEmpty()) {
                softly.assertThat(result.getStatus().value()).as("an empty queue means all").isEqualTo(200);
            } else {
                expectProblem(softly, result, 400, "queue");
            }
        }
        softly.assertAll();
    }

    @Test
    void badHeadersAreBadRequestsOrIgnoredNeverServerErrors() {
        Events events = caseWithOpenEscalation();
        String etag = etagOf(events);
        String escalationId = openEscalationId(events);
        String customer = TestTokens.customer(events.customerId());
        String stream = "/api/v1/cases/" + events.caseId() + "/stream";
        SoftAssertions softly = new SoftAssertions();

        for (String lastEventId : List.of("-1", "abc", "1.5", "99999999999999999999", "0x10", "1 2")) {
            expectProblem(softly, exchange("GET", stream, customer, Map.of("Last-Event-ID", lastEventId)), 400,
                    "Last-Event-ID");
        }
        for (String ifNoneMatch : List.of("garbage", "\"", "W/", "*", "\"" + "9".repeat(500) + "\"")) {
            softly.assertThat(exchange("GET", "/api/v1/cases/" + events.caseId(), customer,
                    Map.of(HttpHeaders.IF_NONE_MATCH, ifNoneMatch)).getStatus().value())
                    .as("If-None-Match %s is just not a match", ifNoneMatch).isEqualTo(200);
        }
        String ack = "/api/v1/agent/escalations/" + escalationId + "/ack";
        for (String key : List.of("k".repeat(256), "with space", "tab\tinside")) {
            expectProblem(softly, exchange("POST", ack, SUPERVISOR, Map.of("Idempotency-Key", key)), 400,
                    "Idempotency-Key");
        }
        softly.assertAll();

        assertThat(etagOf(events)).as("the case is unchanged").isEqualTo(etag);
        assertThat(openEscalationId(events)).as("no refused acknowledgement took effect").isEqualTo(escalationId);
    }

    @Test
    void everyEndpointRefusesACallWithoutAValidTokenAsAProblem() {
        Events events = newCase();
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of("/api/v1/cases", "/api/v1/cases/" + events.caseId(),
                "/api/v1/cases/" + events.caseId() + "/messages", "/api/v1/cases/" + events.caseId() + "/stream",
                "/api/v1/agent/cases", "/api/v1/merchant/cases", "/api/v1/warehouse/returns",
                "/api/v1/ops/sla/at-risk")) {
            for (String token : new String[]{null, "not-a-jwt"}) {
                EntityExchangeResult<String> result = exchange("GET", path, token, Map.of());
                softly.assertThat(result.getStatus().value()).as("%s with token %s", path, token).isEqualTo(401);
            }
        }
        softly.assertThat(exchange("POST", "/api/v1/agent/escalations/" + events.caseId() + "/ack", null, Map.of())
                .getStatus().value()).isEqualTo(401);
        softly.assertAll();
    }

    /** A submitted case with a breached first-response clock escalated to a supervisor. */
    private Events caseWithOpenEscalation() {
        Events events = newCase();
        Instant due = Instant.now().minusSeconds(60);
        publishAll(events.submitted(), events.breached(SlaPolicy.FIRST_RESPONSE, 1, due, ActorRole.SUPERVISOR));
        awaitTimelineEntry(events.caseId(), "SlaBreached");
        return events;
    }

    private String etagOf(Events events) {
        EntityExchangeResult<String> result = get("/api/v1/cases/" + events.caseId(), AGENT);
        assertThat(result.getStatus().value()).isEqualTo(200);
        return result.getResponseHeaders().getETag();
    }

    /** The case's open escalation, as the escalated queue shows it; fails if it is not open. */
    private String openEscalationId(Events events) {
        JsonNode queue = getJson("/api/v1/agent/cases?queue=escalated&size=100", AGENT);
        return StreamSupport.stream(queue.get("items").spliterator(), false)
                .filter(item -> events.caseId().toString().equals(text(item, "caseId")))
                .map(item -> text(item.get("escalations").get(0), "escalationId"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open escalation for " + events.caseId()));
    }

    /** Sends the path exactly as given (no further encoding), as a hostile client would. */
    private EntityExchangeResult<String> exchange(String method, String rawPath, String token,
                                                  Map<String, String> headers) {
        URI uri = URI.create("http://localhost:" + port + rawPath);
        var request = "POST".equals(method) ? client.post().uri(uri) : client.get().uri(uri);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            request = request.header(header.getKey(), header.getValue());
        }
        return request.exchange().expectBody(String.class).returnResult();
    }

    private static void expectProblem(SoftAssertions softly, EntityExchangeResult<String> result, int status,
                                      String field) {
        String what = result.getMethod() + " " + result.getUrl();
        softly.assertThat(result.getStatus().value()).as(what + ": " + result.getResponseBody()).isEqualTo(status);
        softly.assertThat(result.getResponseHeaders().getContentType()).as(what)
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        softly.assertThat(result.getResponseBody()).as(what).contains("\"field\":\"" + field + "\"");
    }
}
