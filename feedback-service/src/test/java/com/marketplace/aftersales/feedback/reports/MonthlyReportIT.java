package com.marketplace.aftersales.feedback.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.sla.ClockOutcome;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.feedback.CaseEvents;
import com.marketplace.aftersales.feedback.FeedbackIntegrationTest;
import com.marketplace.aftersales.feedback.cases.FeedbackCase;
import com.marketplace.aftersales.feedback.metrics.FeedbackMetrics;
import com.marketplace.aftersales.feedback.metrics.FeedbackMetrics.ReportFact;
import com.marketplace.aftersales.testsupport.PrometheusScrape;
import com.marketplace.aftersales.testsupport.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events in, figures out: each test works in a month of its own (events carry their own times), so the figures it
 * reads are exactly the ones it caused. Months are Shanghai months (the default report time zone).
 */
class MonthlyReportIT extends FeedbackIntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    JsonMapper json;
    @Autowired
    MeterRegistry meters;
    @Value("${local.server.port}")
    int port;

    @Test
    void theEventsOfAMonthMakeItsFiguresAndNotTheNextMonths() {
        double refundsPaid = facts(ReportFact.REFUND_PAID);
        double casesOpened = facts(ReportFact.CASE_OPENED);
        double clocksBreached = facts(ReportFact.SLA_CLOCK_BREACHED);
        String customer = "customer-" + UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        UUID lateInMay = UUID.randomUUID();
        // 00:30 on 1 May in Shanghai (still April in UTC), and 00:30 on 1 June (still May in UTC)
        publish(CaseEvents.submitted(first, customer, Instant.parse("2026-04-30T16:30:00Z")));
        publish(CaseEvents.submitted(second, customer, Instant.parse("2026-05-03T09:00:00Z")));
        publish(CaseEvents.submitted(third, customer, Instant.parse("2026-05-04T09:00:00Z")));
        publish(CaseEvents.submitted(lateInMay, customer, Instant.parse("2026-05-31T16:30:00Z")));
        publish(CaseEvents.returnShipped(first, customer, Instant.parse("2026-05-05T02:00:00Z")));
        publish(CaseEvents.returnShipped(second, customer, Instant.parse("2026-05-06T02:00:00Z")));
        UUID refundOfAnHour = UUID.randomUUID();
        UUID refundOfTwoHours = UUID.randomUUID();
        UUID refundOfTenHours = UUID.randomUUID();
        UUID refundPaidInJune = UUID.randomUUID();
        publish(CaseEvents.refundRequested(first, refundOfAnHour, Instant.parse("2026-05-10T08:00:00Z")));
        publish(CaseEvents.refundIssued(first, refundOfAnHour, Instant.parse("2026-05-10T09:00:00Z")));
        publish(CaseEvents.resolved(first, Instant.parse("2026-05-10T09:00:00Z")));
        publish(CaseEvents.refundRequested(second, refundOfTwoHours, Instant.parse("2026-05-11T08:00:00Z")));
        publish(CaseEvents.refundIssued(second, refundOfTwoHours, Instant.parse("2026-05-11T10:00:00Z")));
        publish(CaseEvents.resolved(second, Instant.parse("2026-05-11T10:00:00Z")));
        publish(CaseEvents.refundRequested(third, refundOfTenHours, Instant.parse("2026-05-12T00:00:00Z")));
        publish(CaseEvents.refundIssued(third, refundOfTenHours, Instant.parse("2026-05-12T10:00:00Z")));
        // requested in May, paid at 00:30 on 1 June in Shanghai: a June refund of 6.5 hours
        publish(CaseEvents.refundRequested(lateInMay, refundPaidInJune, Instant.parse("2026-05-31T10:00:00Z")));
        publish(CaseEvents.refundIssued(lateInMay, refundPaidInJune, Instant.parse("2026-05-31T16:30:00Z")));
        publish(CaseEvents.slaClockStopped(first, SlaPolicy.FIRST_RESPONSE, ClockOutcome.MET,
                Instant.parse("2026-05-01T00:10:00Z")));
        publish(CaseEvents.slaClockStopped(second, SlaPolicy.FIRST_RESPONSE, ClockOutcome.MET,
                Instant.parse("2026-05-03T09:20:00Z")));
        // the case ended before this clock's stop: neither met nor breached (published before a counted stop of the
        // same case, so it was read by the time that one is counted)
        publish(CaseEvents.slaClockStopped(third, SlaPolicy.REFUND_PAID, ClockOutcome.CANCELLED,
                Instant.parse("2026-05-04T09:30:00Z")));
        publish(CaseEvents.slaClockStopped(third, SlaPolicy.FIRST_RESPONSE, ClockOutcome.BREACHED,
                Instant.parse("2026-05-04T10:00:00Z")));
        publish(CaseEvents.slaClockStopped(first, SlaPolicy.REFUND_PAID, ClockOutcome.MET,
                Instant.parse("2026-05-10T09:00:00Z")));

        JsonNode may = awaitOpsReport("2026-05", report -> report.at("/refundLeadTime/refunds").asLong() == 3
                && report.at("/slaCompliance/clocksStopped").asLong() == 4
                && report.at("/cases/opened").asLong() == 3
                && report.at("/cases/resolved").asLong() == 2
                && report.at("/returns/casesWithReturnShipped").asLong() == 2);

        assertThat(may.at("/monthEnded").asBoolean()).isTrue();
        assertThat(may.at("/from").asString()).isEqualTo("2026-05-01T00:00:00+08:00");
        assertThat(may.at("/to").asString()).isEqualTo("2026-06-01T00:00:00+08:00");
        assertThat(may.at("/returns/rate").asDouble()).isEqualTo(0.6667);
        assertThat(may.at("/refundLeadTime/p50Seconds").asDouble()).isCloseTo(7_200, within(72.5));
        assertThat(may.at("/refundLeadTime/p90Seconds").asDouble()).isCloseTo(36_000, within(360.5));
        assertThat(may.at("/slaCompliance/met").asLong()).isEqualTo(3);
        assertThat(may.at("/slaCompliance/breached").asLong()).isEqualTo(1);
        assertThat(may.at("/slaCompliance/rate").asDouble()).isEqualTo(0.75);
        assertThat(may.at("/slaCompliance/byPolicy")).hasSize(2);
        assertThat(policy(may, "first-response").at("/met").asLong()).isEqualTo(2);
        assertThat(policy(may, "first-response").at("/breached").asLong()).isEqualTo(1);
        assertThat(policy(may, "first-response").at("/rate").asDouble()).isEqualTo(0.6667);
        assertThat(policy(may, "refund-paid").at("/rate").asDouble()).isEqualTo(1.0);
        assertThat(may.at("/cases/closed").asLong()).isZero();
        assertThat(may.at("/complaints/rate").asDouble()).isZero();
        assertThat(may.at("/satisfaction/ratings").asLong()).isZero();

        JsonNode june = awaitOpsReport("2026-06", report -> report.at("/cases/opened").asLong() == 1
                && report.at("/refundLeadTime/refunds").asLong() == 1);
        assertThat(june.at("/returns/casesWithReturnShipped").asLong()).isZero();
        assertThat(june.at("/refundLeadTime/refunds").asLong()).isEqualTo(1);
        assertThat(june.at("/refundLeadTime/p50Seconds").asDouble()).isCloseTo(23_400, within(234.5));
        assertThat(june.at("/slaCompliance/clocksStopped").asLong()).isZero();
        JsonNode april = opsReport("2026-04");
        assertThat(april.at("/cases/opened").asLong()).isZero();

        // what the report took in, for the dashboards (counted after commit, so possibly a moment after the figures)
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(facts(ReportFact.REFUND_PAID)).isEqualTo(refundsPaid + 4);
            assertThat(facts(ReportFact.CASE_OPENED)).isEqualTo(casesOpened + 4);
            assertThat(facts(ReportFact.SLA_CLOCK_BREACHED)).isEqualTo(clocksBreached + 1);
        });
        assertThat(PrometheusScrape.at(port)).contains("aftersales_feedback_report_facts_total{",
                "fact=\"refund-paid\"", "fact=\"sla-clock-met\"", "fact=\"return-shipped\"");
    }

    private double facts(ReportFact fact) {
        return meters.get(FeedbackMetrics.REPORT_FACTS).tag("fact", fact.tag()).counter().count();
    }

    @Test
    void eachFactCountsOnceHoweverItsEventsAreRedeliveredRepeatedOrReadOutOfOrder() {
        String customer = "customer-" + UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        EventEnvelope<?> submitted = CaseEvents.submitted(caseId, customer, Instant.parse("2026-08-03T02:00:00Z"));
        publish(submitted);
        publish(submitted);
        // a later event of the same partition: once it is applied, the redelivery before it was handled too
        publish(CaseEvents.withdrawn(caseId, customer));
        awaitCase(caseId, c -> c.status() == FeedbackCase.Status.WITHDRAWN);

        UUID paidBeforeItWasRequested = UUID.randomUUID();
        publish(CaseEvents.refundIssued(caseId, paidBeforeItWasRequested, Instant.parse("2026-08-05T12:00:00Z")));
        publish(CaseEvents.refundRequested(caseId, paidBeforeItWasRequested, Instant.parse("2026-08-05T10:00:00Z")));
        publish(CaseEvents.refundIssued(caseId, paidBeforeItWasRequested, Instant.parse("2026-08-05T12:00:05Z")));
        publish(CaseEvents.returnShipped(caseId, customer, Instant.parse("2026-08-04T02:00:00Z")));
        publish(CaseEvents.returnShipped(caseId, customer, Instant.parse("2026-08-04T03:00:00Z")));
        publish(CaseEvents.resolved(caseId, Instant.parse("2026-08-05T12:00:00Z")));
        publish(CaseEvents.resolved(caseId, Instant.parse("2026-08-06T12:00:00Z")));
        UUID lastRefund = UUID.randomUUID();
        publish(CaseEvents.refundRequested(caseId, lastRefund, Instant.parse("2026-08-07T10:00:00Z")));
        publish(CaseEvents.refundIssued(caseId, lastRefund, Instant.parse("2026-08-07T10:01:00Z")));
        EventEnvelope<?> met = CaseEvents.slaClockStopped(caseId, SlaPolicy.FIRST_RESPONSE, ClockOutcome.MET,
                Instant.parse("2026-08-03T02:10:00Z"));
        publish(met);
        publish(met);
        publish(CaseEvents.slaClockStopped(caseId, SlaPolicy.UNRESOLVED, ClockOutcome.BREACHED,
                Instant.parse("2026-08-06T12:00:00Z")));

        // the last refund and the breached clock were published last on their topics
        JsonNode august = awaitOpsReport("2026-08", report -> report.at("/refundLeadTime/refunds").asLong() == 2
                && report.at("/slaCompliance/breached").asLong() == 1);

        assertThat(august.at("/cases/opened").asLong()).isEqualTo(1);
        assertThat(august.at("/cases/resolved").asLong()).isEqualTo(1);
        assertThat(august.at("/returns/casesWithReturnShipped").asLong()).isEqualTo(1);
        assertThat(august.at("/returns/rate").asDouble()).isEqualTo(1.0);
        assertThat(august.at("/slaCompliance/met").asLong()).isEqualTo(1);
        // one minute and two hours: the repeated payment did not count a third refund
        assertThat(august.at("/refundLeadTime/p50Seconds").asDouble()).isCloseTo(60, within(1.1));
        assertThat(august.at("/refundLeadTime/p90Seconds").asDouble()).isCloseTo(7_200, within(72.5));
    }

    @Test
    void ratingsComplaintsAndFollowUpsCountInTheMonthTheyAreGivenAndOnlyOnce() {
        String customer = "customer-" + UUID.randomUUID();
        UUID satisfied = resolvedCaseOf(customer);
        UUID unhappy = resolvedCaseOf(customer);
        String month = YearMonth.now(SHANGHAI).toString();
        JsonNode before = opsReport(month);

        String key = UUID.randomUUID().toString();
        assertThat(post("/api/v1/cases/" + satisfied + "/feedback", TestTokens.customer(customer), key,
                "{\"rating\":5}").getStatus()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/v1/cases/" + satisfied + "/feedback", TestTokens.customer(customer), key,
                "{\"rating\":5}").getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(rate(unhappy, customer, "{\"rating\":2}").getStatus()).isEqualTo(HttpStatus.CREATED);
        assertThat(rate(unhappy, customer, "{\"rating\":1}").getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("/api/v1/cases/" + unhappy + "/complaints", TestTokens.customer(customer), null,
                "{\"text\":\"Two weeks for a kettle\"}").getStatus()).isEqualTo(HttpStatus.CREATED);
        JsonNode after = opsReport(month);

        assertThat(grew(before, after, "/satisfaction/ratings")).isEqualTo(2);
        assertThat(grew(before, after, "/satisfaction/byScore/4/ratings")).isEqualTo(1);
        assertThat(grew(before, after, "/satisfaction/byScore/1/ratings")).isEqualTo(1);
        assertThat(grew(before, after, "/satisfaction/byScore/0/ratings")).isZero();
        assertThat(grew(before, after, "/cases/closedRated")).isEqualTo(2);
        assertThat(grew(before, after, "/negativeReviewFollowUps/opened")).isEqualTo(1);
        assertThat(grew(before, after, "/complaints/filed")).isEqualTo(1);
        assertThat(after.at("/monthEnded").asBoolean()).isFalse();
        long closed = after.at("/cases/closed").asLong();
        assertThat(after.at("/complaints/rate").asDouble())
                .isCloseTo((double) after.at("/complaints/filed").asLong() / closed, within(0.00005));
    }

    @Test
    void thePublicCopyNeedsNoTokenAndLeavesOutTheInternalDetail() {
        String month = YearMonth.now(SHANGHAI).toString();
        EntityExchangeResult<String> anonymous = get("/api/v1/public/reports/monthly?month=" + month, null);
        // a stale token sent along by a logged-in app is not looked at
        EntityExchangeResult<String> withBrokenToken = get("/api/v1/public/reports/monthly?month=" + month,
                "not-a-token");

        for (EntityExchangeResult<String> result : List.of(anonymous, withBrokenToken)) {
            assertThat(result.getStatus()).isEqualTo(HttpStatus.OK);
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
            assertThat(result.getResponseHeaders().getCacheControl()).contains("public").contains("max-age=300");
        }
        JsonNode published = json.readTree(anonymous.getResponseBody());
        JsonNode full = opsReport(month);
        assertThat(published.propertyNames()).containsExactly("month", "zone", "from", "to", "monthEnded", "cases",
                "returns", "complaints", "refundLeadTime", "satisfaction", "slaCompliance");
        assertThat(published.get("cases").propertyNames()).containsExactly("opened", "closed");
        assertThat(published.get("satisfaction").has("byScore")).isFalse();
        assertThat(published.get("slaCompliance").has("byPolicy")).isFalse();
        assertThat(published.get("returns")).isEqualTo(full.get("returns"));
        assertThat(published.at("/satisfaction/averageRating")).isEqualTo(full.at("/satisfaction/averageRating"));
        assertThat(published.at("/slaCompliance/rate")).isEqualTo(full.at("/slaCompliance/rate"));
    }

    @Test
    void onlyTheGetOfThePublicReportIsOpen() {
        assertUnauthorized(client.post().uri("/api/v1/public/reports/monthly?month=2026-05")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectBody(String.class).returnResult());
        assertUnauthorized(get("/api/v1/public/reports/monthly/2026-05", null));
        assertUnauthorized(get("/api/v1/public/reports", null));
        assertUnauthorized(get("/api/v1/ops/reports/monthly?month=2026-05", null));
    }

    @Test
    void theOperationsReportIsForSupervisorsAndOperationsManagers() {
        String path = "/api/v1/ops/reports/monthly?month=2026-05";
        assertThat(get(path, TestTokens.staff("supervisor-1", "SUPERVISOR")).getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(get(path, TestTokens.staff("ops-1", "OPS_MANAGER")).getStatus()).isEqualTo(HttpStatus.OK);
        for (String token : List.of(TestTokens.customer("customer-1"), TestTokens.staff("agent-1", "AGENT"),
                TestTokens.staff("finance-1", "FINANCE"), TestTokens.staff("risk-1", "RISK"),
                TestTokens.merchant("merchant-user-1", "merchant-demo-1"),
                TestTokens.warehouse("warehouse-user-1", "warehouse-demo-1"))) {
            EntityExchangeResult<String> refused = get(path, token);
            assertThat(refused.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertUnauthorized(get(path, null));
        assertUnauthorized(get(path, "not-a-token"));
    }

    @Test
    void aMonthThatIsNotYyyyMmIsInTheFutureOrBeforeTheFirstReportedIsAProblemNamingIt() {
        String nextMonth = YearMonth.now(SHANGHAI).plusMonths(1).toString();
        List<String> months = List.of("", "2026-13", "2026-00", "2026-5", "26-05", "2026-05-01", "2026/05", "May",
                "..%2F..", "../../etc/passwd", "2026-05' or '1'='1", "%00", "2026-05%0A", "2026-05".repeat(400),
                nextMonth, "9999-12", "2025-12", "1970-01");
        for (String path : List.of("/api/v1/ops/reports/monthly", "/api/v1/public/reports/monthly")) {
            for (String month : months) {
                assertMonthRefused(get(path + "?month=" + month, TestTokens.staff("ops-1", "OPS_MANAGER")), month);
            }
            assertMonthRefused(get(path, TestTokens.staff("ops-1", "OPS_MANAGER")), "(none)");
            assertMonthRefused(get(path + "?month=2026-05&month=2026-06", TestTokens.staff("ops-1", "OPS_MANAGER")),
                    "(twice)");
        }
    }

    @Test
    void aMonthWithoutDataIsAllZeros() {
        // January 2026, the first month reported, is no test's
        JsonNode january = opsReport("2026-01");
        JsonNode published = json.readTree(get("/api/v1/public/reports/monthly?month=2026-01", null)
                .getResponseBody());

        for (JsonNode report : List.of(january, published)) {
            assertThat(report.at("/month").asString()).isEqualTo("2026-01");
            assertThat(report.at("/cases/opened").asLong()).isZero();
            assertThat(report.at("/cases/closed").asLong()).isZero();
            assertThat(report.at("/returns/rate").asDouble()).isZero();
            assertThat(report.at("/complaints/rate").asDouble()).isZero();
            assertThat(report.at("/refundLeadTime/refunds").asLong()).isZero();
            assertThat(report.at("/refundLeadTime/p90Seconds").asLong()).isZero();
            assertThat(report.at("/satisfaction/averageRating").asDouble()).isZero();
            assertThat(report.at("/slaCompliance/rate").asDouble()).isZero();
        }
        assertThat(january.at("/satisfaction/byScore")).hasSize(5);
        assertThat(january.at("/slaCompliance/byPolicy")).isEmpty();
        assertThat(january.at("/negativeReviewFollowUps/opened").asLong()).isZero();
    }

    private JsonNode opsReport(String month) {
        EntityExchangeResult<String> result = get("/api/v1/ops/reports/monthly?month=" + month,
                TestTokens.staff("supervisor-1", "SUPERVISOR"));
        assertThat(result.getStatus()).as(result.getResponseBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(result.getResponseBody());
    }

    private JsonNode awaitOpsReport(String month, Predicate<JsonNode> complete) {
        return await().atMost(WAIT).until(() -> opsReport(month), complete);
    }

    private EntityExchangeResult<String> get(String pathAndQuery, String token) {
        var request = client.get().uri(pathAndQuery);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange().expectBody(String.class).returnResult();
    }

    private void assertMonthRefused(EntityExchangeResult<String> result, String month) {
        String shown = month.length() > 40 ? month.substring(0, 40) + "…" : month;
        assertThat(result.getStatus()).as(shown).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(result.getResponseHeaders().getContentType()).as(shown)
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(result.getResponseBody()).at("/errors/0/field").asString()).as(shown)
                .isEqualTo("month");
    }

    private static void assertUnauthorized(EntityExchangeResult<String> result) {
        assertThat(result.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static JsonNode policy(JsonNode report, String id) {
        for (JsonNode policy : report.at("/slaCompliance/byPolicy")) {
            if (policy.path("policy").asString("").equals(id)) {
                return policy;
            }
        }
        throw new AssertionError("No policy " + id + " in " + report);
    }

    private static long grew(JsonNode before, JsonNode after, String pointer) {
        return after.at(pointer).asLong() - before.at(pointer).asLong();
    }
}
