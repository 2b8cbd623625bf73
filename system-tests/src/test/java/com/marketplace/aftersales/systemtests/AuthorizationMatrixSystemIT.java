package com.marketplace.aftersales.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, on whose object: every endpoint of contracts §1 × every role × own or another's object, with the
 * status the contract promises, written out by hand (not derived from the gateway's routes). Run against the running
 * suite through the gateway. "A" means allowed: the request passed authentication and authorization and reached the
 * business rules (2xx, or 409/422 when the case's state or the request forbids it); 404 for another's object (never
 * 403); 403 for a role that may not use the endpoint; 401 without a token.
 */
@Order(7)
class AuthorizationMatrixSystemIT {

    private static final List<String> CALLERS = List.of("NONE", "CUSTOMER", "OTHER_CUSTOMER", "AGENT", "SUPERVISOR",
            "OPS_MANAGER", "FINANCE", "RISK", "MERCHANT", "OTHER_MERCHANT", "WAREHOUSE", "OTHER_WAREHOUSE");

    /**
     * {c1}: a case just submitted (intake, diagnosis, feedback and case-view know it). {c2}: a case awaiting the
     * customer's return to warehouse-demo-1 (fulfillment knows it too). {esc}: an escalation id nobody has.
     */
    private static final String[] MATRIX = {
        // endpoint                                          NONE CUST OTHC AGNT SUPV OPSM FINC RISK MRCH OTHM WHSE OTHW
        "POST /api/v1/cases                                 | 401 | A | A   | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403",
        "GET  /api/v1/cases                                 | 401 | A | A   | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403",
        "GET  /api/v1/cases/{c1}                            | 401 | A | 404 | A   | A   | A   | A   | A   | A   | 404 | 404 | 404",
        "GET  /api/v1/cases/{c2}                            | 401 | A | 404 | A   | A   | A   | A   | A   | A   | 404 | A   | 404",
        "GET  /api/v1/cases/{c1}/messages                   | 401 | A | 404 | A   | A   | A   | A   | A   | A   | 404 | 404 | 404",
        "GET  /api/v1/cases/{c1}/stream                     | 401 | A | 404 | A   | A   | A   | A   | A   | A   | 404 | 404 | 404",
        "POST /api/v1/cases/{c1}/evidence                   | 401 | A | 404 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403",
        "POST /api/v1/cases/{c1}/info                       | 401 | A | 404 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403",
        "POST /api/v1/cases/{c1}/messages                   | 401 | A | 404 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403",
        "POST /api/v1/cases/{c1}/feedback                   | 401 | A | 404 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403",
        "POST /api/v1/cases/{c1}/complaints                 | 401 | A | 404 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403",
        "POST /api/v1/cases/{c2}/return-shipment            | 401 | A | 404 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403",
        "POST /api/v1/cases/{c1}/withdraw                   | 401 | A | 404 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403",
        "GET  /api/v1/agent/cases                           | 401 | 403 | 403 | A | A   | A   | A   | A   | 403 | 403 | 403 | 403",
        "POST /api/v1/agent/cases/{c1}/messages             | 401 | 403 | 403 | A | A   | A   | A   | A   | 403 | 403 | 403 | 403",
        "POST /api/v1/agent/cases/{c1}/review               | 401 | 403 | 403 | A | A   | 403 | 403 | 403 | 403 | 403 | 403 | 403",
        "POST /api/v1/agent/cases/{c1}/diagnosis            | 401 | 403 | 403 | A | A   | 403 | 403 | 403 | 403 | 403 | 403 | 403",
        "POST /api/v1/agent/cases/{c1}/compensation/approval| 401 | 403 | 403 | 403 | A | 403 | 403 | 403 | 403 | 403 | 403 | 403",
        "POST /api/v1/agent/cases/{c1}/dispute/decision     | 401 | 403 | 403 | A | A   | 403 | 403 | 403 | 403 | 403 | 403 | 403",
        "POST /api/v1/agent/escalations/{esc}/ack           | 401 | 403 | 403 | 404 | 404 | 404 | 404 | 404 | 403 | 403 | 403 | 403",
        "GET  /api/v1/risk/cases                            | 401 | 403 | 403 | 403 | 403 | 403 | 403 | A | 403 | 403 | 403 | 403",
        "POST /api/v1/risk/cases/{c1}/decision              | 401 | 403 | 403 | 403 | 403 | 403 | 403 | A | 403 | 403 | 403 | 403",
        "POST /api/v1/finance/cases/{c2}/refund-route       | 401 | 403 | 403 | 403 | 403 | 403 | A | 403 | 403 | 403 | 403 | 403",
        "GET  /api/v1/ops/sla/at-risk                       | 401 | 403 | 403 | 403 | A   | A   | 403 | 403 | 403 | 403 | 403 | 403",
        "GET  /api/v1/ops/reports/monthly?month={month}     | 401 | 403 | 403 | 403 | A   | A   | 403 | 403 | 403 | 403 | 403 | 403",
        "GET  /api/v1/public/reports/monthly?month={month}  | A   | A   | A   | A   | A   | A   | A   | A   | A   | A   | A   | A",
        "GET  /api/v1/merchant/cases                        | 401 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | A | A   | 403 | 403",
        "POST /api/v1/merchant/cases/{c1}/response          | 401 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | A | 404 | 403 | 403",
        "POST /api/v1/merchant/cases/{c2}/inspection        | 401 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | A | 404 | 403 | 403",
        "POST /api/v1/merchant/cases/{c2}/repair            | 401 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | A | 404 | 403 | 403",
        "POST /api/v1/merchant/cases/{c2}/reshipment        | 401 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | A | 404 | 403 | 403",
        "GET  /api/v1/warehouse/returns                     | 401 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | A | A",
        "POST /api/v1/warehouse/cases/{c2}/receipt          | 401 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | A | 404 | A | 404",
    };

    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("/info", "{\"text\":\"The fault started on day two\"}"),
            Map.entry("/messages", "{\"text\":\"Hello, any news?\"}"),
            Map.entry("/feedback", "{\"rating\":5}"),
            Map.entry("/complaints", "{\"text\":\"Nobody answered\"}"),
            Map.entry("/return-shipment", "{\"carrier\":\"SF\",\"waybillNo\":\"SF20261122\"}"),
            Map.entry("/withdraw", "{}"),
            Map.entry("/review", "{\"decision\":\"APPROVED\"}"),
            Map.entry("/diagnosis", "{\"category\":\"QUALITY_DEFECT\",\"remedy\":\"RETURN_REFUND\"}"),
            Map.entry("/approval", "{\"approve\":true}"),
            Map.entry("/dispute/decision", "{\"outcome\":\"CUSTOMER\",\"note\":\"Photos are clear\"}"),
            Map.entry("/ack", "{}"),
            Map.entry("/risk/decision", "{\"decision\":\"CLEAR\",\"note\":\"Known customer\"}"),
            Map.entry("/refund-route", "{\"route\":\"BALANCE\"}"),
            Map.entry("/response", "{\"decision\":\"ACCEPT\"}"),
            Map.entry("/inspection", "{\"result\":\"PASSED\"}"),
            Map.entry("/repair", "{\"stage\":\"RECEIVED\"}"),
            Map.entry("/reshipment", "{\"carrier\":\"SF\",\"waybillNo\":\"SF20261123\"}"),
            Map.entry("/receipt", "{\"note\":\"Box intact\"}"));

    private final RunningSuite suite = RunningSuite.get();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyEndpointAnswersEveryCallerAsTheContractSays() {
        Journey submitted = new Journey(suite).withDeliveredOrder();
        submitted.submit();
        submitted.awaitStatus("SUBMITTED");
        Journey awaitingReturn = new Journey(suite).approvedAndAwaitingMerchant();
        Journey.succeeded(awaitingReturn.merchantAccepts());
        awaitingReturn.awaitStatus("AWAITING_RETURN");
        Journey other = new Journey(suite).withDeliveredOrder();
        Map<String, String> tokens = tokens(submitted, other);
        Map<String, String> ids = Map.of("{c1}", submitted.caseId, "{c2}", awaitingReturn.caseId,
                "{esc}", UUID.randomUUID().toString(),
                "{month}", YearMonth.now(ZoneId.of("Asia/Shanghai")).toString());
        String ownOrderBody = "{\"orderId\":\"" + submitted.orderId + "\",\"orderLineId\":\"" + submitted.lineId
                + "\",\"serviceType\":\"RETURN_REFUND\",\"description\":\"Still broken\"}";
        String otherOrderBody = "{\"orderId\":\"" + other.orderId + "\",\"orderLineId\":\"" + other.lineId
                + "\",\"serviceType\":\"RETURN_REFUND\",\"description\":\"Broken\"}";

        List<String> mismatches = new ArrayList<>();
        // Refusals first, while the fixtures are untouched; then the allowed calls, which may change them.
        for (boolean allowedPass : new boolean[] {false, true}) {
            for (String row : MATRIX) {
                String[] cells = row.split("\\|");
                String[] endpoint = cells[0].trim().split("\\s+");
                String method = endpoint[0];
                String path = endpoint[1];
                for (int i = 0; i < CALLERS.size(); i++) {
                    String expected = cells[i + 1].trim();
                    if (expected.equals("A") != allowedPass) {
                        continue;
                    }
                    String caller = CALLERS.get(i);
                    String concretePath = path;
                    for (Map.Entry<String, String> id : ids.entrySet()) {
                        concretePath = concretePath.replace(id.getKey(), id.getValue());
                    }
                    String body = path.equals("/api/v1/cases")
                            ? (caller.equals("OTHER_CUSTOMER") ? otherOrderBody : ownOrderBody)
                            : bodyFor(path);
                    // CUSTOMER is the owner of the case the row is about: c1's customer, or c2's.
                    String token = caller.equals("CUSTOMER") && path.contains("{c2}")
                            ? awaitingReturn.customer : tokens.get(caller);
                    int status = call(method, concretePath, token, body);
                    if (!matches(expected, status)) {
                        mismatches.add(method + " " + path + " as " + caller + ": expected " + expected + ", got "
                                + status);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static boolean matches(String expected, int status) {
        if (expected.equals("A")) {
            return (status >= 200 && status < 300) || status == 409 || status == 422;
        }
        return status == Integer.parseInt(expected);
    }

    /** The status only; a {@code 429} is waited out like the app would (hundreds of calls come from one address). */
    private int call(String method, String path, String token, String body) {
        String idempotencyKey = UUID.randomUUID().toString();
        HttpResponse<InputStream> response = AsTheAppWould.send(http,
                () -> request(method, path, token, body, idempotencyKey),
                HttpResponse.BodyHandlers.ofInputStream());
        // A stream is closed as soon as its headers have arrived.
        try (InputStream ignored = response.body()) {
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest request(String method, String path, String token, String body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("GET")) {
            request.GET();
        } else if (path.endsWith("/evidence")) {
            String boundary = "----matrix" + UUID.randomUUID();
            byte[] multipart = Multipart.file(boundary, "photo.png", "image/png", Png.photo());
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart));
        } else {
            request.header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return request.build();
    }

    private static String bodyFor(String path) {
        if (path.startsWith("/api/v1/risk/")) {
            return BODIES.get("/risk/decision");
        }
        return BODIES.entrySet().stream().filter(e -> path.endsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("{}");
    }

    private Map<String, String> tokens(Journey own, Journey other) {
        GatewayClient api = own.api;
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("NONE", null);
        tokens.put("CUSTOMER", own.customer);
        tokens.put("OTHER_CUSTOMER", other.customer);
        tokens.put("AGENT", api.token("agent-demo-1", List.of("AGENT"), null, null));
        tokens.put("SUPERVISOR", api.token("supervisor-1", List.of("SUPERVISOR"), null, null));
        tokens.put("OPS_MANAGER", api.token("ops-1", List.of("OPS_MANAGER"), null, null));
        tokens.put("FINANCE", api.token("finance-1", List.of("FINANCE"), null, null));
        tokens.put("RISK", api.token("risk-1", List.of("RISK"), null, null));
        tokens.put("MERCHANT", own.merchant);
        tokens.put("OTHER_MERCHANT", api.token("merchant-user-9", List.of("MERCHANT"), "merchant-st-other", null));
        tokens.put("WAREHOUSE", own.warehouse);
        tokens.put("OTHER_WAREHOUSE", api.token("warehouse-user-9", List.of("WAREHOUSE"), null, "warehouse-st-other"));
        return tokens;
    }
}
