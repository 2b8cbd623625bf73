package com.marketplace.aftersales.devstack.demo;

import com.marketplace.aftersales.contracts.EventCodec;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The gateway and the services behind it, as far as the demo sees them: tokens from {@code /dev/tokens}, each step's
 * endpoint (checking the caller's role, the body, and that the case is in the state the step needs), and a
 * {@code GET /api/v1/cases/{id}} that shows the statuses a step leads to one read at a time, as the projection
 * catches up. Intake refuses the case while it "has not replicated the order", and feedback the rating while it "has
 * not seen the resolution", a configurable number of times.
 */
final class StubGateway implements AutoCloseable {

    static final String CASE_ID = "3f6b2c1e-8d4a-4c1b-9a57-2e0f4d9c7b10";
    static final String SERVICE_NO = "AS-20261122-000042";
    static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

    private static final Pattern CASE_ACTION =
            Pattern.compile("/api/v1/(cases|agent/cases|merchant/cases|warehouse/cases)/([^/]+)(/[a-z-]+)?");

    private final HttpServer server;
    private final Map<String, JsonNode> identities = new LinkedHashMap<>();
    private final Map<String, List<String>> idempotencyKeys = new LinkedHashMap<>();
    private final Deque<String> upcoming = new ArrayDeque<>();
    private final List<Map<String, Object>> timeline = new ArrayList<>();

    private int creationRefusals;
    private int feedbackRefusals;
    private boolean stuckAfterReview;
    private int unprojectedReads = 1;
    private JsonNode creation;
    private byte[] evidence;
    private String shown;
    private Map<String, Object> refund;

    StubGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            try {
                handle(exchange);
            } catch (RuntimeException e) {
                respond(exchange, 500, problem(500, "Stub failure", String.valueOf(e)));
            }
        });
        server.start();
    }

    /** Intake answers 422 this many times before it accepts the case. */
    StubGateway refusingTheCaseUntilIntakeHasTheOrder(int times) {
        creationRefusals = times;
        return this;
    }

    /** Feedback answers 409 this many times before it takes the rating. */
    StubGateway refusingTheRatingUntilFeedbackHasCaughtUp(int times) {
        feedbackRefusals = times;
        return this;
    }

    /** After the agent's approval the case stays APPROVED: diagnosis never asks the merchant. */
    StubGateway stuckAfterReview() {
        stuckAfterReview = true;
        return this;
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    synchronized JsonNode creationRequest() {
        return creation;
    }

    synchronized byte[] evidence() {
        return evidence;
    }

    /** The {@code Idempotency-Key} of every POST, by path. */
    synchronized Map<String, List<String>> idempotencyKeys() {
        return Map.copyOf(idempotencyKeys);
    }

    synchronized List<String> tokenSubjects() {
        return List.copyOf(identities.values().stream().map(i -> i.get("sub").asString()).toList());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (method.equals("POST") && path.equals("/dev/tokens")) {
            JsonNode claims = EventCodec.mapper().readTree(body);
            String token = "token-" + claims.get("sub").asString();
            identities.put(token, claims);
            respond(exchange, 200, Map.of("token", token));
            return;
        }
        JsonNode caller = caller(exchange);
        if (caller == null) {
            respond(exchange, 401, problem(401, "Unauthorized", "no token of /dev/tokens"));
            return;
        }
        if (method.equals("POST")) {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (key == null) {
                respond(exchange, 400, problem(400, "Bad Request", "the demo always sends an Idempotency-Key"));
                return;
            }
            idempotencyKeys.computeIfAbsent(path, p -> new ArrayList<>()).add(key);
        }
        if (method.equals("POST") && path.equals("/api/v1/cases")) {
            fileCase(exchange, caller, EventCodec.mapper().readTree(body));
            return;
        }
        Matcher action = CASE_ACTION.matcher(path);
        if (!action.matches() || !action.group(2).equals(CASE_ID) || shown == null && !method.equals("GET")) {
            respond(exchange, 404, problem(404, "Not Found", path));
            return;
        }
        String step = action.group(1) + (action.group(3) == null ? "" : action.group(3));
        if (method.equals("GET") && step.equals("cases")) {
            show(exchange, caller);
        } else if (method.equals("POST") && step.equals("cases/evidence")) {
            addEvidence(exchange, caller, body);
        } else if (method.equals("POST")) {
            act(exchange, caller, step, EventCodec.mapper().readTree(body));
        } else {
            respond(exchange, 405, problem(405, "Method Not Allowed", method));
        }
    }

    private void fileCase(HttpExchange exchange, JsonNode caller, JsonNode request) throws IOException {
        if (!is(caller, "CUSTOMER", "customer-demo-1")) {
            respond(exchange, 403, problem(403, "Forbidden", "customers file cases"));
            return;
        }
        creation = request;
        if (creationRefusals > 0) {
            creationRefusals--;
            respond(exchange, 422, problem(422, "Unprocessable Content",
                    "Order " + request.path("orderId").asString() + " is not known (yet)"));
            return;
        }
        if (!request.path("orderLineId").asString().equals(request.path("orderId").asString() + "-1")
                || !request.path("serviceType").asString().equals("RETURN_REFUND")) {
            respond(exchange, 400, problem(400, "Bad Request", "not the demo's request: " + request));
            return;
        }
        shown = null;
        upcoming.add("SUBMITTED");
        entry("CaseSubmitted", caller, "Return and refund requested for Wireless earbuds Pro");
        respond(exchange, 201, Map.of("caseId", CASE_ID, "serviceNo", SERVICE_NO, "status", "SUBMITTED"));
    }

    private void addEvidence(HttpExchange exchange, JsonNode caller, byte[] body) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int start = text.indexOf("\r\n\r\n") + 4;
        int end = text.lastIndexOf("\r\n--");
        if (!is(caller, "CUSTOMER", "customer-demo-1") || contentType == null
                || !contentType.startsWith("multipart/form-data; boundary=")
                || !text.contains("Content-Disposition: form-data; name=\"file\"") || start < 4 || end < start) {
            respond(exchange, 400, problem(400, "Bad Request", "expected a multipart part named file"));
            return;
        }
        evidence = Arrays.copyOfRange(body, start, end);
        entry("EvidenceAdded", caller, "Photo added");
        respond(exchange, 201, Map.of("evidenceId", UUID.randomUUID().toString(), "contentType", "image/png",
                "size", evidence.length));
    }

    private void act(HttpExchange exchange, JsonNode caller, String step, JsonNode body) throws IOException {
        switch (step) {
            case "agent/cases/review" -> transition(exchange, is(caller, "AGENT", "agent-demo-1"),
                    "SUBMITTED", body.path("decision").asString().equals("APPROVED"), () -> {
                        entry("CaseReviewed", caller, "Approved by the agent");
                        upcoming.add("APPROVED");
                        if (!stuckAfterReview) {
                            upcoming.add("AWAITING_MERCHANT");
                        }
                    });
            case "merchant/cases/response" -> transition(exchange,
                    is(caller, "MERCHANT", "merchant-user-1") && claim(caller, "merchantId").equals("merchant-demo-1"),
                    "AWAITING_MERCHANT", body.path("decision").asString().equals("ACCEPT"), () -> {
                        entry("MerchantResponded", caller, "The merchant accepted");
                        upcoming.add("AWAITING_RETURN");
                    });
            case "cases/return-shipment" -> transition(exchange, is(caller, "CUSTOMER", "customer-demo-1"),
                    "AWAITING_RETURN", body.path("carrier").asString().equals("SF")
                            && body.path("waybillNo").asString().matches("SF\\d{10}"), () -> {
                        entry("ReturnShipped", caller, "Return shipped with SF");
                        upcoming.add("RETURN_IN_TRANSIT");
                    });
            case "warehouse/cases/receipt" -> transition(exchange,
                    is(caller, "WAREHOUSE", "warehouse-user-1")
                            && claim(caller, "warehouseId").equals("warehouse-demo-1"),
                    "RETURN_IN_TRANSIT", true, () -> {
                        entry("ReturnReceived", caller, "The return arrived at the warehouse");
                        upcoming.add("RETURN_RECEIVED");
                    });
            case "merchant/cases/inspection" -> transition(exchange, is(caller, "MERCHANT", "merchant-user-1"),
                    "RETURN_RECEIVED", body.path("result").asString().equals("PASSED"), () -> {
                        entry("InspectionCompleted", caller, "Inspection passed");
                        upcoming.add("REFUND_PENDING");
                        upcoming.add("REFUNDED");
                    });
            case "cases/feedback" -> {
                if (feedbackRefusals > 0 && "REFUNDED".equals(shown)) {
                    feedbackRefusals--;
                    respond(exchange, 409, problem(409, "Conflict", "The case is not resolved yet"));
                    return;
                }
                transition(exchange, is(caller, "CUSTOMER", "customer-demo-1"), "REFUNDED",
                        body.path("rating").asInt() == 5, () -> {
                            entry("FeedbackSubmitted", caller, "Rated 5");
                            upcoming.add("CLOSED");
                        });
            }
            default -> respond(exchange, 404, problem(404, "Not Found", step));
        }
    }

    /** A step is taken by the right role, only once the app shows the status it needs, with the demo's body. */
    private void transition(HttpExchange exchange, boolean rightCaller, String requiredStatus, boolean rightBody,
                            Runnable effect) throws IOException {
        if (!rightCaller) {
            respond(exchange, 403, problem(403, "Forbidden", "not this caller's step"));
        } else if (!requiredStatus.equals(shown) || !upcoming.isEmpty()) {
            respond(exchange, 409, problem(409, "Conflict", "The case is " + shown + ", not " + requiredStatus));
        } else if (!rightBody) {
            respond(exchange, 400, problem(400, "Bad Request", "not the demo's body"));
        } else {
            effect.run();
            respond(exchange, 200, Map.of("caseId", CASE_ID));
        }
    }

    /** Each read shows the next status the last step leads to; the first read is before case-view projected it. */
    private void show(HttpExchange exchange, JsonNode caller) throws IOException {
        if (!is(caller, "CUSTOMER", "customer-demo-1")) {
            respond(exchange, 404, problem(404, "Not Found", "another's case"));
            return;
        }
        if (unprojectedReads > 0) {
            unprojectedReads--;
            respond(exchange, 404, problem(404, "Not Found", "Case " + CASE_ID));
            return;
        }
        if (!upcoming.isEmpty()) {
            shown = upcoming.poll();
        }
        if (shown.equals("REFUNDED")) {
            refund = Map.of("amount", "129.00", "currency", "CNY", "status", "SUCCEEDED");
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("caseId", CASE_ID);
        view.put("serviceNo", SERVICE_NO);
        view.put("status", shown);
        view.put("priority", "NORMAL");
        view.put("handler", List.of("SUBMITTED", "APPROVED").contains(shown) ? null
                : Map.of("id", "agent-demo-1", "name", "Agent Demo"));
        view.put("refund", refund);
        view.put("timeline", List.copyOf(timeline));
        respond(exchange, 200, view);
    }

    private void entry(String type, JsonNode caller, String summary) {
        Map<String, Object> actor = Map.of("id", caller.get("sub").asString(),
                "role", caller.get("roles").get(0).asString(), "channel", "APP");
        timeline.add(Map.of("id", timeline.size() + 1, "at", START.plusSeconds(timeline.size() + 1).toString(),
                "type", type, "actor", actor, "summary", summary));
    }

    private JsonNode caller(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return authorization == null ? null : identities.get(authorization.replaceFirst("^Bearer ", ""));
    }

    private static boolean is(JsonNode caller, String role, String subject) {
        return caller.get("sub").asString().equals(subject) && caller.get("roles").size() == 1
                && caller.get("roles").get(0).asString().equals(role);
    }

    private static String claim(JsonNode caller, String name) {
        JsonNode value = caller.get(name);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static Map<String, Object> problem(int status, String title, String detail) {
        return Map.of("type", "about:blank", "title", title, "status", status, "detail", detail);
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = EventCodec.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type",
                status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
