package com.marketplace.aftersales.feedback.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MonthlyFiguresTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ReportMonth OCTOBER = new ReportMonth(YearMonth.of(2026, 10), SHANGHAI);
    private static final Instant IN_NOVEMBER = Instant.parse("2026-11-22T10:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theReturnRateIsCasesWithAReturnShippedPerCaseOpenedInTheMonth() {
        MonthlyReport report = report(counts(8, 0, 0, 0, 2, 0, List.of(0L, 0L, 0L, 0L, 0L), 0));

        assertThat(report.returns()).isEqualTo(new MonthlyReport.Returns(2, 0.25));
    }

    @Test
    void theComplaintRateIsComplaintsPerCaseClosedRatedOrNot() {
        MonthlyReport report = report(counts(10, 6, 3, 1, 0, 1, List.of(0L, 0L, 3L, 0L, 0L), 0));

        assertThat(report.cases()).isEqualTo(new MonthlyReport.Cases(10, 6, 4, 3, 1));
        assertThat(report.complaints()).isEqualTo(new MonthlyReport.Complaints(1, 0.25));
    }

    @Test
    void satisfactionIsTheAverageRatingAndTheShareOfFoursAndFives() {
        MonthlyReport report = report(counts(0, 0, 8, 0, 0, 0, List.of(1L, 0L, 1L, 2L, 4L), 1));

        MonthlyReport.Satisfaction satisfaction = report.satisfaction();
        assertThat(satisfaction.ratings()).isEqualTo(8);
        assertThat(satisfaction.averageRating()).isEqualTo(4.0); // (1 + 3 + 4·2 + 5·4) / 8
        assertThat(satisfaction.share4To5()).isEqualTo(0.75);
        assertThat(satisfaction.byScore()).extracting(MonthlyReport.ScoreCount::ratings)
                .containsExactly(1L, 0L, 1L, 2L, 4L);
        assertThat(report.negativeReviewFollowUps().opened()).isEqualTo(1);
    }

    @Test
    void slaComplianceIsTheShareOfStoppedClocksThatMetTheirDeadlineOverallAndPerPolicy() {
        List<SlaTally> clocks = new ArrayList<>(List.of(new SlaTally("refund-paid", 3, 1),
                new SlaTally("first-response", 6, 0), new SlaTally("complaint", 0, 2)));
        Collections.shuffle(clocks);

        MonthlyReport.SlaCompliance sla = MonthlyFigures.of(OCTOBER, MonthCounts.NONE, LeadTimeHistogram.EMPTY, clocks,
                IN_NOVEMBER).slaCompliance();

        assertThat(sla.clocksStopped()).isEqualTo(12);
        assertThat(sla.met()).isEqualTo(9);
        assertThat(sla.breached()).isEqualTo(3);
        assertThat(sla.rate()).isEqualTo(0.75);
        assertThat(sla.byPolicy()).containsExactly(
                new MonthlyReport.PolicyCompliance("complaint", 0, 2, 0.0),
                new MonthlyReport.PolicyCompliance("first-response", 6, 0, 1.0),
                new MonthlyReport.PolicyCompliance("refund-paid", 3, 1, 0.75));
    }

    @Test
    void refundLeadTimesAreTheMedianAndNinetiethPercentileOfTheRefundsPaid() {
        LeadTimeHistogram leadTimes = LeadTimeHistogramTest.histogramOf(List.of(3_600L, 7_200L, 36_000L));

        MonthlyReport.RefundLeadTime refunds = MonthlyFigures.of(OCTOBER, MonthCounts.NONE, leadTimes, List.of(),
                IN_NOVEMBER).refundLeadTime();

        assertThat(refunds.refunds()).isEqualTo(3);
        assertThat(refunds.p50Seconds()).isBetween(7_128L, 7_272L);
        assertThat(refunds.p90Seconds()).isBetween(35_640L, 36_360L);
    }

    @Test
    void rateHaveFourDecimalsAndTheAverageTwo() {
        MonthlyReport report = report(counts(3, 0, 2, 1, 1, 2, List.of(0L, 0L, 1L, 5L, 3L), 0));

        assertThat(report.returns().rate()).isEqualTo(0.3333);
        assertThat(report.complaints().rate()).isEqualTo(0.6667);
        assertThat(report.satisfaction().averageRating()).isEqualTo(4.22); // 38 / 9 = 4.2222…
        assertThat(report.satisfaction().share4To5()).isEqualTo(0.8889);
    }

    @Test
    void aMonthWithoutDataIsAllZeros() {
        MonthlyReport report = MonthlyFigures.of(OCTOBER, MonthCounts.NONE, LeadTimeHistogram.EMPTY, List.of(),
                IN_NOVEMBER);

        assertThat(report.cases()).isEqualTo(new MonthlyReport.Cases(0, 0, 0, 0, 0));
        assertThat(report.returns()).isEqualTo(new MonthlyReport.Returns(0, 0));
        assertThat(report.complaints()).isEqualTo(new MonthlyReport.Complaints(0, 0));
        assertThat(report.refundLeadTime()).isEqualTo(new MonthlyReport.RefundLeadTime(0, 0, 0));
        assertThat(report.satisfaction().ratings()).isZero();
        assertThat(report.satisfaction().averageRating()).isZero();
        assertThat(report.satisfaction().share4To5()).isZero();
        assertThat(report.slaCompliance()).isEqualTo(new MonthlyReport.SlaCompliance(0, 0, 0, 0, List.of()));
        assertThat(report.negativeReviewFollowUps().opened()).isZero();
    }

    @Test
    void theReportSaysWhetherTheMonthIsOverInItsTimeZone() {
        Instant novemberStartsInShanghai = Instant.parse("2026-10-31T16:00:00Z");

        assertThat(MonthlyFigures.of(OCTOBER, MonthCounts.NONE, LeadTimeHistogram.EMPTY, List.of(),
                novemberStartsInShanghai.minusSeconds(1)).monthEnded()).isFalse();
        MonthlyReport after = MonthlyFigures.of(OCTOBER, MonthCounts.NONE, LeadTimeHistogram.EMPTY, List.of(),
                novemberStartsInShanghai);
        assertThat(after.monthEnded()).isTrue();
        assertThat(after.month()).isEqualTo("2026-10");
        assertThat(after.zone()).isEqualTo("Asia/Shanghai");
        assertThat(after.from()).hasToString("2026-10-01T00:00+08:00");
        assertThat(after.to()).hasToString("2026-11-01T00:00+08:00");
    }

    @Test
    void theDocumentedExamplesAreWhatTheServiceComputesForThoseCounts() {
        MonthCounts counts = counts(120, 96, 72, 18, 42, 9, List.of(3L, 3L, 5L, 21L, 40L), 6);
        List<Long> leadTimes = new ArrayList<>();
        addTimes(leadTimes, 10, 3_600);
        addTimes(leadTimes, 12, 5_400);
        addTimes(leadTimes, 10, 36_000);
        addTimes(leadTimes, 6, 64_800);
        addTimes(leadTimes, 2, 172_800);
        List<SlaTally> sla = List.of(new SlaTally("unresolved", 100, 4), new SlaTally("first-response", 118, 2),
                new SlaTally("refund-paid", 38, 2));

        MonthlyReport computed = MonthlyFigures.of(OCTOBER, counts, LeadTimeHistogramTest.histogramOf(leadTimes), sla,
                IN_NOVEMBER);

        assertThat(tree(computed)).isEqualTo(JSON.readTree(ReportExamples.OPS));
        assertThat(tree(PublicMonthlyReport.of(computed))).isEqualTo(JSON.readTree(ReportExamples.PUBLIC));
    }

    @Test
    void thePublicCopyLeavesOutTheInternalBreakdowns() {
        MonthlyReport full = report(counts(10, 6, 3, 1, 2, 1, List.of(1L, 0L, 0L, 1L, 1L), 1));

        JsonNode published = tree(PublicMonthlyReport.of(full));

        assertThat(published.propertyNames()).containsExactly("month", "zone", "from", "to", "monthEnded", "cases",
                "returns", "complaints", "refundLeadTime", "satisfaction", "slaCompliance");
        assertThat(published.get("cases").propertyNames()).containsExactly("opened", "closed");
        assertThat(published.get("satisfaction").propertyNames())
                .containsExactly("ratings", "averageRating", "share4To5");
        assertThat(published.get("slaCompliance").propertyNames()).containsExactly("clocksStopped", "rate");
        assertThat(published.get("cases").get("closed").asLong()).isEqualTo(4);
        assertThat(published.get("returns")).isEqualTo(tree(full.returns()));
    }

    private static MonthlyReport report(MonthCounts counts) {
        return MonthlyFigures.of(OCTOBER, counts, LeadTimeHistogram.EMPTY, List.of(), IN_NOVEMBER);
    }

    private static MonthCounts counts(long opened, long resolved, long closedRated, long closedWithoutRating,
                                      long returns, long complaints, List<Long> ratings, long followUps) {
        return new MonthCounts(opened, resolved, closedRated, closedWithoutRating, returns, complaints, ratings,
                followUps);
    }

    private static void addTimes(List<Long> leadTimes, int times, long seconds) {
        for (int i = 0; i < times; i++) {
            leadTimes.add(seconds);
        }
    }

    private static JsonNode tree(Object value) {
        return JSON.readTree(JSON.writeValueAsString(value));
    }
}
