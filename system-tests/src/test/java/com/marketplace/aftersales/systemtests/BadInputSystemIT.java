package com.marketplace.aftersales.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Malformed, mistyped, oversized and hostile requests to every endpoint, each by a caller allowed to use it: always a
 * client error as problem+json, never a 5xx, and the cases are unchanged afterwards.
 */
@Order(12)
class BadInputSystemIT {

    /** endpoint and the role allowed to call it; {c1} is a submitted case, {c2} one awaiting its return. */
    private static final Map<String, String> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("/api/v1/cases", "CUSTOMER");
        COMMANDS.put("/api/v1/cases/{c1}/info", "CUSTOMER");
        COMMANDS.put("/api/v1/cases/{c1}/messages", "CUSTOMER");
        COMMANDS.put("/api/v1/cases/{c1}/feedback", "CUSTOMER");
        COMMANDS.put("/api/v1/cases/{c1}/complaints", "CUSTOMER");
        COMMANDS.put("/api/v1/cases/{c2}/return-shipment", "CUSTOMER2");
        COMMANDS.put("/api/v1/agent/cases/{c1}/review", "AGENT");
        COMMANDS.put("/api/v1/agent/cases/{c1}/messages", "AGENT");
        COMMANDS.put("/api/v1/agent/cases/{c1}/diagnosis", "AGENT");
        COMMANDS.put("/api/v1/agent/cases/{c1}/compensation/approval", "SUPERVISOR");
        COMMANDS.put("/api/v1/agent/cases/{c1}/dispute/decision", "AGENT");
        COMMANDS.put("/api/v1/risk/cases/{c1}/decision", "RISK");
        COMMANDS.put("/api/v1/finance/cases/{c2}/refund-route", "FINANCE");
        COMMANDS.put("/api/v1/merchant/cases/{c1}/response", "MERCHANT");
        COMMANDS.put("/api/v1/merchant/cases/{c2}/inspection", "MERCHANT");
        COMMANDS.put("/api/v1/merchant/cases/{c2}/repair", "MERCHANT");
        COMMANDS.put("/api/v1/merchant/cases/{c2}/reshipment", "MERCHANT");
        COMMANDS.put("/api/v1/warehouse/cases/{c2}/receipt", "WAREHOUSE");
    }

    private static final List<String> BODIES = List.of(
            "{", "[]", "null", "\"text\"", "42", "{\"unexpected\":true}", "{\"text\":123,\"rating\":\"five\"}",
            "{\"decision\":\"MAYBE\",\"result\":\"SORT_OF\",\"route\":\"CASH\",\"stage\":\"LOST\"}",
            "{\"text\":null,\"rating\":null,\"decision\":null}",
            "{\"text\":\"" + "x".repeat(70_000) + "\"}",
            "{\"orderId\":\"../../etc/passwd\",\"orderLineId\":\"%00\",\"serviceType\":\"RETURN_REFUND\","
                    + "\"description\":\"x\",\"requestedAmount\":{\"amount\":\"-1\",\"currency\":\"CNYY\"}}",
            "{\"rating\":4.5}", "{\"rating\":99999999999999999999}");

    private static final List<String> HOSTILE_PATHS = List.of(
            "/api/v1/cases/not-a-uuid/info", "/api/v1/cases/..%2F..%2Factuator%2Fenv/info",
            "/api/v1/cases/%00/messages", "/api/v1/cases/%2e%2e/feedback");

    private static final List<String> BAD_QUERIES = List.of(
            "/api/v1/cases?page=-1", "/api/v1/cases?size=0", "/api/v1/cases?size=100000",
            "/api/v1/cases?status=LOST", "/api/v1/cases?page=abc");

    private final RunningSuite suite = RunningSuite.get();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void noBadRequestIsA5xxOrChangesAnything() throws Exception {
        Journey submitted = new Journey(suite).withDeliveredOrder();
        submitted.submit();
        submitted.awaitStatus("SUBMITTED");
        Journey awaitingReturn = new Journey(suite).approvedAndAwaitingMerchant();
        Journey.succeeded(awaitingReturn.merchantAccepts());
        awaitingReturn.awaitStatus("AWAITING_RETURN");
        Map<String, String> tokens = Map.of(
                "CUSTOMER", submitted.customer, "CUSTOMER2", awaitingReturn.customer, "AGENT", submitted.agent,
                "SUPERVISOR", submitted.api.token("supervisor-1", List.of("SUPERVISOR"), null, null),
                "RISK", submitted.api.token("risk-1", List.of("RISK"), null, null),
                "FINANCE", submitted.api.token("finance-1", List.of("FINANCE"), null, null),
                "MERCHANT", submitted.merchant, "WAREHOUSE", submitted.warehouse);
        String before1 = whatTheCustomerSees(submitted);
        String before2 = whatTheCustomerSees(awaitingReturn);

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> command : COMMANDS.entrySet()) {
            String path = command.getKey().replace("{c1}", submitted.caseId).replace("{c2}", awaitingReturn.caseId);
            for (String body : BODIES) {
                check(post(path, tokens.get(command.getValue()), body), "POST " + command.getKey() + " " + abbreviate(body),
                        failures);
            }
        }
        for (String path : HOSTILE_PATHS) {
            check(post(path, submitted.customer, "{\"text\":\"hi\",\"rating\":5}"), "POST " + path, failures);
        }
        for (String path : BAD_QUERIES) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path))
                    .header("Authorization", "Bearer " + submitted.customer).GET());
            check(response, "GET " + path, failures);
        }

        assertThat(failures).isEmpty();
        assertThat(whatTheCustomerSees(submitted)).as("the submitted case is unchanged").isEqualTo(before1);
        assertThat(whatTheCustomerSees(awaitingReturn)).as("the case awaiting its return is unchanged")
                .isEqualTo(before2);
    }

    private static void check(HttpResponse<String> response, String request, List<String> failures) {
        int status = response.statusCode();
        boolean problem = response.headers().firstValue("Content-Type")
                .map(type -> type.startsWith("application/problem+json")).orElse(false);
        if (status < 400 || status >= 500 || !problem) {
            failures.add(request + " -> " + status + " " + response.headers().firstValue("Content-Type").orElse("")
                    + " " + abbreviate(response.body()));
        }
    }

    private HttpResponse<String> post(String path, String token, String body) {
        return send(HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * The case's status and timeline as its customer sees them. (Not the ETag: deadline clocks, shown to staff only,
     * keep moving the version while the test runs.)
     */
    private static String whatTheCustomerSees(Journey journey) {
        tools.jackson.databind.JsonNode view = journey.view();
        StringBuilder seen = new StringBuilder(view.get("status").asString());
        view.get("timeline").forEach(entry -> seen.append(' ').append(entry.get("id").asString()));
        return seen.toString();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return AsTheAppWould.send(http, () -> request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
