package com.marketplace.aftersales.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.gateway.BackendStub;
import com.marketplace.aftersales.gateway.Backends;
import com.marketplace.aftersales.gateway.GatewayIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every path of contracts §1 reaches the service that owns it, exactly as the app sent it. */
class RoutingIT extends GatewayIntegrationTest {

    private static final String CASE = "3f1c2a7e-0b8d-4f6a-9c1e-5d2b7a9e4c10";

    static Stream<Arguments> contractPaths() {
        String customer = TestTokens.customer("customer-demo-1");
        String agent = TestTokens.staff("agent-1", "AGENT");
        String supervisor = TestTokens.staff("supervisor-1", "SUPERVISOR");
        String opsManager = TestTokens.staff("ops-1", "OPS_MANAGER");
        String risk = TestTokens.staff("risk-1", "RISK");
        String finance = TestTokens.staff("finance-1", "FINANCE");
        String merchant = TestTokens.merchant("merchant-user-1", "merchant-demo-1");
        String warehouse = TestTokens.warehouse("warehouse-user-1", "warehouse-demo-1");
        return Stream.of(
                // customer
                route("POST", "/api/v1/cases", customer, "intake"),
                route("POST", "/api/v1/cases/" + CASE + "/evidence", customer, "intake"),
                route("POST", "/api/v1/cases/" + CASE + "/info", customer, "intake"),
                route("POST", "/api/v1/cases/" + CASE + "/messages", customer, "intake"),
                route("POST", "/api/v1/cases/" + CASE + "/withdraw", customer, "intake"),
                route("POST", "/api/v1/cases/" + CASE + "/return-shipment", customer, "fulfillment"),
                route("POST", "/api/v1/cases/" + CASE + "/feedback", customer, "feedback"),
                route("POST", "/api/v1/cases/" + CASE + "/complaints", customer, "feedback"),
                route("GET", "/api/v1/cases?status=REFUNDED&page=0&size=20", customer, "case-view"),
                route("GET", "/api/v1/cases/" + CASE, customer, "case-view"),
                route("GET", "/api/v1/cases/" + CASE + "/messages", customer, "case-view"),
                // staff
                route("GET", "/api/v1/agent/cases?queue=escalated&page=1", agent, "case-view"),
                route("POST", "/api/v1/agent/cases/" + CASE + "/review", agent, "intake"),
                route("POST", "/api/v1/agent/cases/" + CASE + "/diagnosis", agent, "diagnosis"),
                route("POST", "/api/v1/agent/cases/" + CASE + "/messages", agent, "intake"),
                route("POST", "/api/v1/agent/cases/" + CASE + "/compensation/approval", supervisor, "diagnosis"),
                route("POST", "/api/v1/agent/cases/" + CASE + "/dispute/decision", agent, "diagnosis"),
                route("POST", "/api/v1/agent/escalations/esc-42/ack", supervisor, "case-view"),
                route("GET", "/api/v1/risk/cases", risk, "diagnosis"),
                route("POST", "/api/v1/risk/cases/" + CASE + "/decision", risk, "diagnosis"),
                route("POST", "/api/v1/finance/cases/" + CASE + "/refund-route", finance, "fulfillment"),
                route("GET", "/api/v1/ops/sla/at-risk", opsManager, "case-view"),
                route("GET", "/api/v1/ops/reports/monthly?month=2026-10", supervisor, "feedback"),
                route("GET", "/api/v1/public/reports/monthly?month=2026-10", null, "feedback"),
                // merchant and warehouse
                route("GET", "/api/v1/merchant/cases", merchant, "case-view"),
                route("GET", "/api/v1/warehouse/returns", warehouse, "case-view"),
                route("POST", "/api/v1/merchant/cases/" + CASE + "/response", merchant, "diagnosis"),
                route("POST", "/api/v1/warehouse/cases/" + CASE + "/receipt", warehouse, "fulfillment"),
                route("POST", "/api/v1/warehouse/cases/" + CASE + "/receipt", merchant, "fulfillment"),
                route("POST", "/api/v1/merchant/cases/" + CASE + "/inspection", merchant, "fulfillment"),
                route("POST", "/api/v1/merchant/cases/" + CASE + "/repair", merchant, "fulfillment"),
                route("POST", "/api/v1/merchant/cases/" + CASE + "/reshipment", merchant, "fulfillment"));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("contractPaths")
    void aRequestReachesItsOwnerUnchangedAndTheAnswerComesBack(String method, String pathAndQuery, String token,
                                                               String owner) {
        String mark = UUID.randomUUID().toString();
        String body = "{\"note\":\"sent through the gateway\"}";
        WebTestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method)).uri(pathAndQuery)
                .header(MARK, mark);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, bearer(token));
        }
        if ("POST".equals(method)) {
            request.header("Idempotency-Key", "key-" + mark).contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        }

        EntityExchangeResult<String> response = request.exchange().expectBody(String.class).returnResult();

        assertThat(response.getStatus().value()).isEqualTo("POST".equals(method) ? 201 : 200);
        assertThat(response.getResponseBody()).isEqualTo("{\"servedBy\":\"" + owner + "\"}");
        BackendStub.Received received = Backends.stub(owner).receivedWith(MARK, mark).orElseThrow(
                () -> new AssertionError(owner + " did not receive " + method + " " + pathAndQuery));
        String[] pathQuery = pathAndQuery.split("\\?", 2);
        assertThat(received.method()).isEqualTo(method);
        assertThat(received.path()).isEqualTo(pathQuery[0]);
        assertThat(received.query()).isEqualTo(pathQuery.length > 1 ? pathQuery[1] : null);
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo(token == null ? null : bearer(token));
        if ("POST".equals(method)) {
            assertThat(received.body()).isEqualTo(body);
            assertThat(received.header("Idempotency-Key")).isEqualTo("key-" + mark);
        }
        List<String> others = Backends.all().entrySet().stream()
                .filter(stub -> !stub.getKey().equals(owner))
                .filter(stub -> stub.getValue().receivedWith(MARK, mark).isPresent())
                .map(Map.Entry::getKey)
                .toList();
        assertThat(others).as("other backends that got the request").isEmpty();
    }

    private static Arguments route(String method, String pathAndQuery, String token, String owner) {
        return Arguments.of(method, pathAndQuery, token, owner);
    }
}
