package com.marketplace.aftersales.fulfillment.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.fulfillment.FulfillmentIntegrationTest;
import com.marketplace.aftersales.fulfillment.support.Remedies;
import com.marketplace.aftersales.simulators.SimulatorBehaviour;
import com.marketplace.aftersales.simulators.payment.RefundRoute;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * A corpus of bad input against every command of the API, each on a case in the state where the command is allowed:
 * every refusal is a 4xx problem+json (never a 5xx), and the case is exactly as it was (same status, same version, no
 * event). The valid command succeeds afterwards, so the case really was one the bad requests could have changed.
 */
class BadInputIT extends FulfillmentIntegrationTest {

    private static final String HUGE = "x".repeat(10_000);

    /** Bodies no command accepts: not JSON, not an object, unknown or duplicated fields. */
    private static final List<String> GENERIC = List.of("{", "{\"carrier\":", "[]", "[{}]", "\"text\"", "42", "true",
            "{\"unexpected\":1}", "{\"__proto__\":{\"admin\":true}}", "{} trailing", "\u0000");

    private record Endpoint(String name, String pathTemplate, Function<BadInputIT, Fixture> fixture,
                            String validBody, List<String> badBodies) {
    }

    private record Fixture(UUID caseId, String token) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("return-shipment", "/api/v1/cases/%s/return-shipment", BadInputIT::awaitingReturn,
                    "{\"carrier\":\"SF\",\"waybillNo\":\"SF1234567890\"}", List.of(
                    "{}", "null",
                    "{\"carrier\":null,\"waybillNo\":\"SF1234567890\"}",
                    "{\"carrier\":42,\"waybillNo\":\"SF1234567890\"}",
                    "{\"carrier\":[\"SF\"],\"waybillNo\":\"SF1234567890\"}",
                    "{\"carrier\":{\"code\":\"SF\"},\"waybillNo\":\"SF1234567890\"}",
                    "{\"carrier\":\"" + HUGE + "\",\"waybillNo\":\"SF1234567890\"}",
                    "{\"carrier\":\"SF\",\"waybillNo\":\"" + HUGE + "\"}",
                    "{\"carrier\":\"SF\",\"waybillNo\":\"../../etc/passwd\"}",
                    "{\"carrier\":\"SF\",\"waybillNo\":\"SF123<script>\"}",
                    "{\"carrier\":\"SF\",\"waybillNo\":\"SF1234567890\",\"status\":\"REFUNDED\"}",
                    "{\"carrier\":\"SF\",\"carrier\":\"YTO\",\"waybillNo\":\"SF1234567890\"}")),
            new Endpoint("receipt", "/api/v1/warehouse/cases/%s/receipt", BadInputIT::inTransit,
                    "{\"note\":\"Box intact\"}", List.of(
                    "{\"note\":42}", "{\"note\":[\"a\"]}", "{\"note\":{\"text\":\"a\"}}",
                    "{\"note\":\"" + HUGE + "\"}", "{\"note\":\"ok\",\"warehouseId\":\"warehouse-other\"}",
                    "{\"note\":\"a\",\"note\":\"b\"}")),
            new Endpoint("inspection", "/api/v1/merchant/cases/%s/inspection", BadInputIT::received,
                    "{\"result\":\"PASSED\"}", List.of(
                    "{}", "null", "{\"result\":null}", "{\"result\":\"MAYBE\"}", "{\"result\":\"passed\"}",
                    "{\"result\":\"UNKNOWN\"}", "{\"result\":0}", "{\"result\":true}", "{\"result\":[\"PASSED\"]}",
                    "{\"result\":\"PASSED\",\"note\":\"" + HUGE + "\"}",
                    "{\"result\":\"PASSED\",\"note\":7}",
                    "{\"result\":\"PASSED\",\"refundAmount\":{\"amount\":\"999.00\",\"currency\":\"CNY\"}}",
                    "{\"result\":\"FAILED\",\"result\":\"PASSED\"}")),
            new Endpoint("refund-route", "/api/v1/finance/cases/%s/refund-route", BadInputIT::refundFailed,
                    "{\"route\":\"BALANCE\"}", List.of(
                    "{}", "null", "{\"route\":null}", "{\"route\":\"UNKNOWN\"}", "{\"route\":\"CASH\"}",
                    "{\"route\":\"balance\"}", "{\"route\":1}", "{\"route\":\"" + HUGE + "\"}",
                    "{\"route\":\"BALANCE\",\"amount\":\"500.00\"}", "{\"route\":\"BALANCE\",\"route\":\"COUPON\"}")),
            new Endpoint("repair", "/api/v1/merchant/cases/%s/repair", BadInputIT::repairReceived,
                    "{\"stage\":\"RECEIVED\"}", List.of(
                    "{}", "null", "{\"stage\":null}", "{\"stage\":\"FIXED\"}", "{\"stage\":\"SHIPPED_BY_CUSTOMER\"}",
                    "{\"stage\":\"UNKNOWN\"}", "{\"stage\":\"received\"}", "{\"stage\":3}",
                    "{\"stage\":\"RECEIVED\",\"note\":\"" + HUGE + "\"}", "{\"stage\":\"RECEIVED\",\"note\":false}",
                    "{\"stage\":\"RECEIVED\",\"status\":\"REPAIR_COMPLETED\"}")),
            new Endpoint("reshipment", "/api/v1/merchant/cases/%s/reshipment", BadInputIT::awaitingReshipment,
                    "{\"carrier\":\"SF\",\"waybillNo\":\"SF5555666677\"}", List.of(
                    "{}", "null", "{\"carrier\":\"SF\"}", "{\"waybillNo\":\"SF5555666677\"}",
                    "{\"carrier\":\"sf\",\"waybillNo\":\"SF5555666677\"}",
                    "{\"carrier\":\"SF\",\"waybillNo\":12345678}",
                    "{\"carrier\":\"SF\",\"waybillNo\":\"" + HUGE + "\"}",
                    "{\"carrier\":\"SF\",\"waybillNo\":\"SF 5555\"}",
                    "{\"carrier\":\"SF\",\"waybillNo\":\"SF5555666677\",\"kind\":\"RESHIP\"}")));

    /** Path ids that are not case ids: 400, never a 404 that could be mistaken for "no such case", never a 5xx. */
    private static final List<String> BAD_IDS = List.of("not-a-uuid", "123", "..%2F..%2Finternal",
            "%2e%2e%2f%2e%2e", "..;", "%00", "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b1Z",
            "3f1c1a2e-6c1b-4f43-9a55-0c2f8e1d7b10-00");

    @Test
    void badInputIsAProblemAndChangesNothing() {
        List<String> mismatches = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            Fixture fixture = endpoint.fixture().apply(this);
            String path = endpoint.pathTemplate().formatted(fixture.caseId());
            String before = statusAndVersion(fixture.caseId());
            long eventsBefore = eventsInOutbox(fixture.caseId());

            List<String> bodies = new ArrayList<>(GENERIC);
            bodies.addAll(endpoint.badBodies());
            for (String body : bodies) {
                EntityExchangeResult<String> result = post(path, fixture.token(), body, null);
                check(mismatches, endpoint.name() + " body " + abbreviate(body), result, 400);
            }
            EntityExchangeResult<String> plainText = http.post().uri(path)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + fixture.token())
                    .contentType(MediaType.TEXT_PLAIN).bodyValue(endpoint.validBody())
                    .exchange().expectBody(String.class).returnResult();
            check(mismatches, endpoint.name() + " as text/plain", plainText, 415);
            for (String badId : BAD_IDS) {
                EntityExchangeResult<String> result = http.post()
                        // sent as written: percent-encoded sequences must reach the service undecoded
                        .uri(URI.create("http://localhost:" + port + endpoint.pathTemplate().formatted(badId)))
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + fixture.token())
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(endpoint.validBody())
                        .exchange().expectBody(String.class).returnResult();
                check(mismatches, endpoint.name() + " id " + badId, result, 400);
            }

            assertThat(statusAndVersion(fixture.caseId())).as(endpoint.name()).isEqualTo(before);
            assertThat(eventsInOutbox(fixture.caseId())).as(endpoint.name()).isEqualTo(eventsBefore);
            // The case was one the valid request acts on: the refusals above did not protect an immovable case.
            assertOk(post(path, fixture.token(), endpoint.validBody(), null));
        }
        assertThat(mismatches).isEmpty();
    }

    private static void check(List<String> mismatches, String what, EntityExchangeResult<String> result,
                              int expected) {
        int status = result.getStatus().value();
        MediaType type = result.getResponseHeaders().getContentType();
        if (status != expected || !MediaType.APPLICATION_PROBLEM_JSON.equals(type)) {
            mismatches.add(what + ": " + status + " " + type + " " + abbreviate(result.getResponseBody()));
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }

    private Fixture awaitingReturn() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.returnAndRefund(caseId));
        awaitStatus(caseId, "AWAITING_RETURN");
        return new Fixture(caseId, customerToken());
    }

    private Fixture inTransit() {
        Fixture fixture = awaitingReturn();
        assertOk(shipReturn(fixture.caseId(), customerToken(), SHIPMENT));
        return new Fixture(fixture.caseId(), warehouseToken());
    }

    private Fixture received() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.returnAndRefund(caseId));
        returnReceived(caseId);
        return new Fixture(caseId, merchantToken());
    }

    private Fixture refundFailed() {
        PAYMENTS.behave(SimulatorBehaviour.defaults().withDeclineRoutes(Set.of(RefundRoute.ORIGINAL)));
        UUID caseId = UUID.randomUUID();
        decide(Remedies.refundOnly(caseId, "9.90"));
        awaitStatus(caseId, "REFUND_FAILED");
        PAYMENTS.behave(SimulatorBehaviour.defaults());
        return new Fixture(caseId, financeToken());
    }

    private Fixture repairReceived() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.repair(caseId));
        returnReceived(caseId);
        return new Fixture(caseId, merchantToken());
    }

    private Fixture awaitingReshipment() {
        UUID caseId = UUID.randomUUID();
        decide(Remedies.reship(caseId));
        awaitStatus(caseId, "AWAITING_REPLACEMENT");
        return new Fixture(caseId, merchantToken());
    }
}
