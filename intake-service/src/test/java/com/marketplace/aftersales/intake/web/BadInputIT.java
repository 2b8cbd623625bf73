package com.marketplace.aftersales.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.intake.MessagePosted;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import com.marketplace.aftersales.intake.IntakeIntegrationTest;
import com.marketplace.aftersales.intake.evidence.Samples;
import com.marketplace.aftersales.intake.web.BadBodies.BadBody;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Whatever a client sends to any intake endpoint, a bad request is answered with a problem ({@code 400} naming the
 * field, {@code 413}, {@code 415}), never a 5xx, and changes nothing: not the case's row, its files or messages, no
 * event on the topic (a later event of the case — the fence — arrives with nothing before it), no stored
 * {@code Idempotency-Key}, no call to fulfillment.
 */
class BadInputIT extends IntakeIntegrationTest {

    /**
     * What a client (or an attacker) may put where an id belongs, as raw path segments, and whether the security
     * firewall refuses it before routing (an encoded slash, dot or backslash, a NUL: a 400 with no field, as the
     * request never reaches a handler) or the handler does (a 400 naming the id).
     */
    private record BadId(String label, String raw, boolean refusedByFirewall) {

        String field(String parameter) {
            return refusedByFirewall ? null : parameter;
        }
    }

    private static final List<BadId> BAD_IDS = List.of(
            new BadId("an encoded traversal", "..%2F..%2F..%2Fetc%2Fpasswd", true),
            new BadId("an encoded-dot traversal", "%2e%2e%2f%2e%2e%2fadmin", true),
            new BadId("a backslash traversal", "..%5C..%5Cwindows", true),
            new BadId("a NUL byte", "%00", true),
            new BadId("a UUID and a NUL byte", "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10%00", true),
            new BadId("a UUID and a suffix", "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10x", false),
            new BadId("a short form UUID.fromString takes", "1-1-1-1-1", false),
            new BadId("a word", "not-a-uuid", false),
            new BadId("a number", "42", false),
            new BadId("SQL", "'%20OR%201=1--", false),
            new BadId("a right-to-left override", "%E2%80%AE", false),
            new BadId("300 characters", "a".repeat(300), false));

    // ---- POST /api/v1/cases

    @Test
    void aSubmissionRefusesBadBodiesAndRegistersNothing() {
        String customer = newCustomer();
        OrderSnapshot order = replicatedOrderOf(customer);
        String ids = "\"orderId\": \"%s\", \"orderLineId\": \"%s\"".formatted(order.orderId(),
                order.lines().get(0).lineId());
        String valid = ", \"serviceType\": \"RETURN_REFUND\", \"description\": \"Broken\"";

        List<BadBody> corpus = new ArrayList<>(BadBodies.around("{" + ids + ", \"serviceType\": \"RETURN_REFUND\","
                        + " \"description\": \"Broken\", \"requestedAmount\": {\"amount\": \"1.00\", \"currency\": \"CNY\"},"
                        + " \"channel\": \"ORDER_DETAIL\"}",
                Set.of("orderId", "orderLineId", "serviceType", "description"), true));
        // What the generic corpus cannot know: the rules of each field.
        Map<String, String> specific = new LinkedHashMap<>();
        specific.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": \"1.00\", \"currency\": \"CNY\", \"x\": 1}}",
                "requestedAmount.x");
        specific.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": 129.00, \"currency\": \"CNY\"}}",
                "requestedAmount.amount");
        specific.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": null, \"currency\": \"CNY\"}}",
                "requestedAmount.amount");
        specific.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": \"-1.00\", \"currency\": \"CNY\"}}",
                "requestedAmount.amount");
        specific.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": \"0.00\", \"currency\": \"CNY\"}}",
                "requestedAmount.amount");
        specific.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": \"1.005\", \"currency\": \"CNY\"}}",
                "requestedAmount.amount");
        specific.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": \"1e3\", \"currency\": \"CNY\"}}",
                "requestedAmount.amount");
        specific.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": \"99999999999.00\", \"currency\": \"CNY\"}}",
                "requestedAmount.amount");
        specific.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": \"10.00\", \"currency\": \"cny\"}}",
                "requestedAmount.currency");
        specific.put("{" + ids + valid + ", \"requestedAmount\": {\"amount\": \"10.00\"}}", "requestedAmount.currency");
        specific.put("{" + ids + ", \"serviceType\": \"RETURN_REFUND\", \"description\": \"   \"}", "description");
        specific.put("{" + ids + ", \"serviceType\": \"RETURN_REFUND\", \"description\": \"" + "x".repeat(2001) + "\"}",
                "description");
        specific.put("{\"orderId\": \"" + "o".repeat(65) + "\", \"orderLineId\": \"l\"" + valid + "}", "orderId");
        specific.put("{\"orderId\": \"../../etc/passwd\", \"orderLineId\": \"l\"" + valid + "}", "orderId");
        specific.put("{\"orderId\": \"o\", \"orderLineId\": \"l 1; drop table\"" + valid + "}", "orderLineId");
        specific.put("{\"orderId\": \"o\\nfake log line\", \"orderLineId\": \"l\"" + valid + "}", "orderId");
        specific.put("{" + ids + ", \"serviceType\": \"BOGUS\", \"description\": \"Broken\"}", "serviceType");
        specific.put("{" + ids + ", \"serviceType\": \"UNKNOWN\", \"description\": \"Broken\"}", "serviceType");
        specific.put("{" + ids + ", \"serviceType\": \"return_refund\", \"description\": \"Broken\"}", "serviceType");
        specific.put("{" + ids + valid + ", \"channel\": \"SYSTEM\"}", "channel");
        specific.put("{" + ids + valid + ", \"channel\": \"STAFF_CONSOLE\"}", "channel");
        specific.forEach((body, field) -> corpus.add(new BadBody(body, BadBodies.JSON, body, 400, field)));

        String token = TestTokens.customer(customer);
        SoftAssertions softly = new SoftAssertions();
        for (BadBody bad : corpus) {
            assertRefused(softly, bad.label(), send(HttpMethod.POST, "/api/v1/cases", token, bad.contentType(),
                    bad.body().getBytes(StandardCharsets.UTF_8)), bad.status(), bad.field());
        }
        softly.assertAll();
        assertThat(count("select count(*) from after_sales_case where customer_id = :p", customer)).isZero();
        assertThat(count("select count(*) from outbox_event where payload like :p", "%" + customer + "%")).isZero();
        assertThat(storedKeys(customer)).isZero();
    }

    @Test
    void aHugeBodyIsRefusedWithoutHarm() {
        String customer = newCustomer();
        OrderSnapshot order = replicatedOrderOf(customer);
        String body = ("{\"orderId\": \"%s\", \"orderLineId\": \"%s\", \"serviceType\": \"RETURN_REFUND\","
                + " \"description\": \"%s\"}").formatted(order.orderId(), order.lines().get(0).lineId(),
                "x".repeat(2_000_000));

        EntityExchangeResult<String> result = post("/api/v1/cases", TestTokens.customer(customer), body);

        assertProblem(result, 413);
        assertThat(json(result).path("limitBytes").asLong()).as(result.getResponseBody()).isEqualTo(64 * 1024);
        assertThat(count("select count(*) from after_sales_case where customer_id = :p", customer)).isZero();
    }

    // ---- commands on a case

    @Test
    void aReviewRefusesBadBodiesAndIdsAndChangesNothing() {
        String customer = newCustomer();
        String agent = "agent-" + UUID.randomUUID();
        try (TopicProbe intake = intakeTopic()) {
            UUID caseId = submitCase(customer, replicatedOrderOf(customer));
            List<BadBody> corpus = new ArrayList<>(BadBodies.around("""
                    {"decision": "NEEDS_MORE_INFO", "reasonCode": "PHOTO_UNCLEAR", "note": "Send a sharper photo"}""",
                    Set.of("decision"), true));
            corpus.add(json("{\"decision\": \"UNKNOWN\"}", "decision"));
            corpus.add(json("{\"decision\": \"approved\"}", "decision"));
            corpus.add(json("{\"decision\": 0}", "decision"));
            corpus.add(json("{\"decision\": \"NOT_APPLICABLE\"}", "reasonCode"));
            corpus.add(json("{\"decision\": \"NOT_APPLICABLE\", \"reasonCode\": \"\"}", "reasonCode"));
            corpus.add(json("{\"decision\": \"NOT_APPLICABLE\", \"reasonCode\": \"no defect\"}", "reasonCode"));
            corpus.add(json("{\"decision\": \"APPROVED\", \"note\": \"" + "n".repeat(2001) + "\"}", "note"));

            assertCommandRefusedWithoutChange(caseId, TestTokens.staff(agent, "AGENT"), agent,
                    "/api/v1/agent/cases/%s/review", "{\"decision\": \"APPROVED\"}", corpus, intake, 1);
        }
    }

    @Test
    void anAnswerToARequestForInformationRefusesBadBodiesAndIdsAndChangesNothing() {
        String customer = newCustomer();
        try (TopicProbe intake = intakeTopic()) {
            UUID caseId = submitCase(customer, replicatedOrderOf(customer));
            assertThat(post("/api/v1/agent/cases/" + caseId + "/review", agentToken(),
                    "{\"decision\": \"NEEDS_MORE_INFO\", \"reasonCode\": \"PHOTO_UNCLEAR\"}").getStatus().value())
                    .isEqualTo(200);
            List<BadBody> corpus = new ArrayList<>(BadBodies.around("{\"text\": \"A sharper photo is attached.\"}",
                    Set.of("text"), true));
            corpus.add(json("{\"text\": \"\"}", "text"));
            corpus.add(json("{\"text\": \" \\n\\t \"}", "text"));
            corpus.add(json("{\"text\": \"" + "t".repeat(2001) + "\"}", "text"));

            assertCommandRefusedWithoutChange(caseId, TestTokens.customer(customer), customer,
                    "/api/v1/cases/%s/info", "{\"text\": \"Here it is\"}", corpus, intake, 2);
        }
    }

    @Test
    void aCustomerMessageRefusesBadBodiesAndIdsAndChangesNothing() {
        String customer = newCustomer();
        try (TopicProbe intake = intakeTopic()) {
            UUID caseId = submitCase(customer, replicatedOrderOf(customer));
            List<BadBody> corpus = new ArrayList<>(BadBodies.around("{\"text\": \"When will you pick it up?\"}",
                    Set.of("text"), true));
            corpus.add(json("{\"text\": \"\"}", "text"));
            corpus.add(json("{\"text\": \"" + "t".repeat(2001) + "\"}", "text"));
            corpus.add(json("{\"text\": \"escape \\u001b[31m\"}", "text"));

            assertCommandRefusedWithoutChange(caseId, TestTokens.customer(customer), customer,
                    "/api/v1/cases/%s/messages", "{\"text\": \"Hello\"}", corpus, intake, 1);
        }
    }

    @Test
    void aStaffMessageRefusesBadBodiesAndIdsAndChangesNothing() {
        String customer = newCustomer();
        String staff = "finance-" + UUID.randomUUID();
        try (TopicProbe intake = intakeTopic()) {
            UUID caseId = submitCase(customer, replicatedOrderOf(customer));
            List<BadBody> corpus = new ArrayList<>(BadBodies.around("{\"text\": \"The refund goes out today.\"}",
                    Set.of("text"), true));
            corpus.add(json("{\"text\": \"\"}", "text"));
            corpus.add(json("{\"text\": \"" + "t".repeat(2001) + "\"}", "text"));

            assertCommandRefusedWithoutChange(caseId, TestTokens.staff(staff, "FINANCE"), staff,
                    "/api/v1/agent/cases/%s/messages", "{\"text\": \"Hello\"}", corpus, intake, 1);
        }
    }

    @Test
    void aWithdrawalRefusesBadBodiesAndIdsWithoutAskingFulfillmentAndChangesNothing() {
        String customer = newCustomer();
        try (TopicProbe intake = intakeTopic()) {
            UUID caseId = submitCase(customer, replicatedOrderOf(customer));
            List<BadBody> corpus = new ArrayList<>(BadBodies.around("{\"reason\": \"Found it in another box.\"}",
                    Set.of(), false));
            corpus.add(json("{\"reason\": \"" + "r".repeat(501) + "\"}", "reason"));

            assertCommandRefusedWithoutChange(caseId, TestTokens.customer(customer), customer,
                    "/api/v1/cases/%s/withdraw", "{}", corpus, intake, 1);
            // A refused request never reaches the one call intake makes on a customer's behalf.
            assertThat(FULFILLMENT.received()).isEmpty();
        }
    }

    // ---- evidence

    @Test
    void anUploadRefusesAnythingButOnePhotoOrVideoOfItsDeclaredTypeAndStoresNothing() {
        String customer = newCustomer();
        try (TopicProbe intake = intakeTopic()) {
            UUID caseId = submitCase(customer, replicatedOrderOf(customer));
            List<BadBody> corpus = new ArrayList<>();
            String boundary = "b0undary";
            String multipart = "multipart/form-data; boundary=" + boundary;
            corpus.add(new BadBody("JSON", BadBodies.JSON, "{\"file\": \"/9j/4AAQ\"}", 415, null));
            corpus.add(new BadBody("text/plain", "text/plain", "hello", 415, null));
            corpus.add(new BadBody("an urlencoded form", "application/x-www-form-urlencoded", "file=x", 415, null));
            corpus.add(new BadBody("multipart without a boundary", "multipart/form-data",
                    (part(boundary, "file", "a.jpg", "image/jpeg", Samples.jpeg(100)) + end(boundary)), 400,
                    null));
            corpus.add(new BadBody("not multipart at all", multipart, "just text", 400, null));
            corpus.add(new BadBody("no parts", multipart, end(boundary), 400, null));
            corpus.add(new BadBody("a part of another name", multipart,
                    (part(boundary, "photo", "a.jpg", "image/jpeg", Samples.jpeg(100)) + end(boundary)), 400,
                    "photo"));
            corpus.add(new BadBody("a form field instead of a file", multipart,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nhello\r\n"
                            + end(boundary), 400, "file"));
            corpus.add(new BadBody("two files", multipart, (part(boundary, "file", "a.jpg", "image/jpeg",
                    Samples.jpeg(100)) + part(boundary, "file", "b.jpg", "image/jpeg", Samples.jpeg(100))
                    + end(boundary)), 400, "file"));
            corpus.add(new BadBody("an empty file", multipart,
                    (part(boundary, "file", "a.jpg", "image/jpeg", new byte[0]) + end(boundary)), 400, "file"));
            corpus.add(new BadBody("a PDF", multipart, (part(boundary, "file", "a.pdf", "application/pdf",
                    "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)) + end(boundary)), 415, null));
            corpus.add(new BadBody("a file without a type", multipart,
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\n")
                            + latin1(Samples.jpeg(100)) + "\r\n" + end(boundary), 415, null));
            corpus.add(new BadBody("a PNG declared as JPEG", multipart,
                    (part(boundary, "file", "a.jpg", "image/jpeg", Samples.png(100)) + end(boundary)), 415,
                    null));
            corpus.add(new BadBody("text declared as MP4", multipart,
                    (part(boundary, "file", "a.mp4", "video/mp4", Samples.text(100)) + end(boundary)), 415,
                    null));
            corpus.add(new BadBody("a photo over the image limit", multipart, (part(boundary, "file", "a.jpg",
                    "image/jpeg", Samples.jpeg(256 * 1024 + 1)) + end(boundary)), 413, null));
            corpus.add(new BadBody("part headers of 20 000 bytes", multipart,
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + "f".repeat(20_000) + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                            + latin1(Samples.jpeg(100)) + "\r\n" + end(boundary), 413, null));

            String token = TestTokens.customer(customer);
            CaseRow before = caseRow(caseId);
            SoftAssertions softly = new SoftAssertions();
            for (BadBody bad : corpus) {
                assertRefused(softly, bad.label(), send(HttpMethod.POST, "/api/v1/cases/" + caseId + "/evidence",
                        token, bad.contentType(), bad.body().getBytes(StandardCharsets.ISO_8859_1)),
                        bad.status(), bad.field());
            }
            byte[] photo = (part(boundary, "file", "a.jpg", "image/jpeg", Samples.jpeg(100)) + end(boundary))
                    .getBytes(StandardCharsets.ISO_8859_1);
            BAD_IDS.forEach(id -> assertRefused(softly, "case id: " + id.label(), send(HttpMethod.POST,
                    "/api/v1/cases/" + id.raw() + "/evidence", token, multipart, photo), 400, id.field("caseId")));
            softly.assertAll();

            assertUnchanged(caseId, before, customer, intake, 1);
        }
    }

    @Test
    void downloadsRefuseBadIdsAndAnswerUnknownOnesLikeAnothersFile() {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));
        String evidenceId = UUID.randomUUID().toString();
        SoftAssertions softly = new SoftAssertions();
        for (String[] endpoint : new String[][] {
                {"/api/v1/cases/%s/evidence/%s", TestTokens.customer(customer)},
                {"/api/v1/agent/cases/%s/evidence/%s", agentToken()}}) {
            BAD_IDS.forEach(id -> {
                assertRefused(softly, endpoint[0] + " case id: " + id.label(), send(HttpMethod.GET,
                        endpoint[0].formatted(id.raw(), evidenceId), endpoint[1], null, null), 400,
                        id.field("caseId"));
                assertRefused(softly, endpoint[0] + " evidence id: " + id.label(), send(HttpMethod.GET,
                        endpoint[0].formatted(caseId, id.raw()), endpoint[1], null, null), 400,
                        id.field("evidenceId"));
            });
            assertRefused(softly, endpoint[0] + " unknown evidence", send(HttpMethod.GET,
                    endpoint[0].formatted(caseId, evidenceId), endpoint[1], null, null), 404, null);
            assertRefused(softly, endpoint[0] + " unknown case", send(HttpMethod.GET,
                    endpoint[0].formatted(UUID.randomUUID(), evidenceId), endpoint[1], null, null), 404, null);
        }
        softly.assertAll();
    }

    @Test
    void pathsThatAreNotIntakesAreProblemsToo() {
        String token = TestTokens.customer(newCustomer());
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of("/api/v1/cases/" + UUID.randomUUID() + "/nothing-here",
                "/api/v1/cases/" + UUID.randomUUID() + "/evidence/" + UUID.randomUUID() + "/..%2F..%2F",
                "/api/v1/cases/..%2F..%2Factuator%2Fenv/info", "/api/v1/cases/%2e%2e/info",
                "/api/v1/cases/../../actuator/env", "/api/v1/cases/%00/info%00")) {
            EntityExchangeResult<String> result = send(HttpMethod.POST, path, token, BadBodies.JSON,
                    "{\"text\": \"hi\"}".getBytes(StandardCharsets.UTF_8));
            softly.assertThat(result.getStatus().value()).as(path).isIn(400, 404, 405);
            softly.assertThat(result.getResponseHeaders().getContentType()).as(path)
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        softly.assertAll();
    }

    // ---- how each command is checked

    /**
     * Sends every bad body to the case, and the valid body to every bad id; then checks nothing changed: the case's
     * row (status, version, files, messages), no key stored for the caller, and no event of the case on the topic
     * before the fence — a staff message posted afterwards, which arrives right after the {@code settledEvents} the
     * case had.
     */
    private void assertCommandRefusedWithoutChange(UUID caseId, String token, String callerId, String pathFormat,
                                                   String validBody, List<BadBody> corpus, TopicProbe intake,
                                                   int settledEvents) {
        CaseRow before = caseRow(caseId);
        String path = pathFormat.formatted(caseId);
        SoftAssertions softly = new SoftAssertions();
        for (BadBody bad : corpus) {
            assertRefused(softly, bad.label(), send(HttpMethod.POST, path, token, bad.contentType(),
                    bad.body().getBytes(StandardCharsets.UTF_8)), bad.status(), bad.field());
        }
        BAD_IDS.forEach(id -> assertRefused(softly, "case id: " + id.label(), send(HttpMethod.POST,
                pathFormat.formatted(id.raw()), token, BadBodies.JSON, validBody.getBytes(StandardCharsets.UTF_8)),
                400, id.field("caseId")));
        softly.assertAll();
        assertUnchanged(caseId, before, callerId, intake, settledEvents);
    }

    private void assertUnchanged(UUID caseId, CaseRow before, String callerId, TopicProbe intake, int settledEvents) {
        assertThat(caseRow(caseId)).isEqualTo(before);
        assertThat(storedKeys(callerId)).isZero();

        String fence = "fence " + UUID.randomUUID();
        assertThat(post("/api/v1/agent/cases/" + caseId + "/messages", agentToken(), "{\"text\": \"" + fence + "\"}")
                .getStatus().value()).isEqualTo(201);
        List<EventEnvelope<CaseEvent>> events = intake.awaitRecords(records -> records.stream()
                        .anyMatch(record -> caseId.toString().equals(record.key())
                                && new String(record.value(), StandardCharsets.UTF_8).contains(fence)), WAIT)
                .stream()
                .filter(record -> caseId.toString().equals(record.key()))
                .map(record -> EventCodec.decode(record.value()).orElseThrow())
                .toList();
        assertThat(events).hasSize(settledEvents + 1);
        assertThat(events.get(settledEvents).data()).isInstanceOfSatisfying(MessagePosted.class,
                posted -> assertThat(posted.text()).isEqualTo(fence));
    }

    private static void assertRefused(SoftAssertions softly, String label, EntityExchangeResult<String> result,
                                      int status, String field) {
        int actual = result.getStatus().value();
        softly.assertThat(actual).as(label + " → " + result.getResponseBody()).isEqualTo(status);
        softly.assertThat(actual).as(label + " must never be a 5xx").isLessThan(500);
        softly.assertThat(result.getResponseHeaders().getContentType()).as(label)
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        if (MediaType.APPLICATION_PROBLEM_JSON.equals(result.getResponseHeaders().getContentType())) {
            softly.assertThat(json(result).path("status").asInt()).as(label).isEqualTo(actual);
            softly.assertThat(json(result).path("detail").asString()).as(label)
                    .doesNotContain("com.marketplace", "Exception", "java.");
            if (field != null) {
                softly.assertThat(firstErrorField(result)).as(label + " → " + result.getResponseBody())
                        .isEqualTo(field);
            }
        }
    }

    /** A request exactly as given: the path is sent as it is (not encoded again), the body as these bytes. */
    private EntityExchangeResult<String> send(HttpMethod method, String rawPath, String token, String contentType,
                                              byte[] body) {
        WebTestClient.RequestBodySpec request = api.method(method)
                .uri(URI.create("http://localhost:" + port + rawPath))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(IdempotentRequests.HEADER, UUID.randomUUID().toString());
        if (contentType != null) {
            request = request.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
        return (body == null ? request : request.bodyValue(body)).exchange().expectBody(String.class).returnResult();
    }

    /** What a refused request must leave as it was. */
    record CaseRow(String status, long version, long files, long messages) {
    }

    private CaseRow caseRow(UUID caseId) {
        return db.sql("""
                        select c.status, c.version,
                               (select count(*) from case_evidence e where e.case_id = c.case_id) as files,
                               (select count(*) from case_message m where m.case_id = c.case_id) as messages
                        from after_sales_case c where c.case_id = :id""")
                .bind("id", caseId)
                .map((row, meta) -> new CaseRow(row.get("status", String.class), row.get("version", Long.class),
                        row.get("files", Long.class), row.get("messages", Long.class)))
                .one()
                .block(WAIT);
    }

    private long storedKeys(String callerId) {
        return count("select count(*) from idempotency_record where caller_id = :p", callerId);
    }

    private static BadBody json(String body, String field) {
        return new BadBody(body, BadBodies.JSON, body, 400, field);
    }

    private static String part(String boundary, String name, String filename, String type, byte[] content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + type + "\r\n\r\n" + latin1(content) + "\r\n";
    }

    private static String end(String boundary) {
        return "--" + boundary + "--\r\n";
    }

    /** Bytes as a string of one char each, so text and binary parts can be put together (and sent back as bytes). */
    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
