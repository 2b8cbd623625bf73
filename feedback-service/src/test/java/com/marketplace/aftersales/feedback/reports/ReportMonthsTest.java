package com.marketplace.aftersales.feedback.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.marketplace.aftersales.feedback.FeedbackProperties;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

class ReportMonthsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final ReportMonths months = monthsAt(NOW);

    @Test
    void aMonthFromTheFirstReportedToTheCurrentOneIsAccepted() {
        assertThat(months.parse("2026-01")).isEqualTo(new ReportMonth(YearMonth.of(2026, 1), SHANGHAI));
        assertThat(months.parse("2026-10").month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(months.parse("2026-11").month()).isEqualTo(YearMonth.of(2026, 11));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "2026-13", "2026-00", "2026-1", "26-10", "2026-10-01", "2026/10", "10-2026",
            " 2026-10", "2026-10 ", "２０２６-10", "2026-1O", "..%2F..", "../..", "2026-10\n", "+2026-10", "-2026-10"})
    void anythingButYyyyMmIsRefusedNamingTheField(String month) {
        assertThat(refusal(months, month)).contains("YYYY-MM");
    }

    @Test
    void aHugeValueIsRefusedWithoutBeingEchoed() {
        assertThat(refusal(months, "2026-10".repeat(5_000))).contains("YYYY-MM").hasSizeLessThan(100);
    }

    @Test
    void aMonthInTheFutureIsRefused() {
        assertThat(refusal(months, "2026-12")).contains("future", "2026-11");
        assertThat(refusal(months, "2099-01")).contains("future");
    }

    @Test
    void aMonthBeforeTheFirstReportedIsRefused() {
        assertThat(refusal(months, "2025-12")).contains("before 2026-01");
        assertThat(refusal(months, "0000-01")).contains("before 2026-01");
    }

    @Test
    void theCurrentMonthIsTheReportTimeZones() {
        // 00:30 on 1 December in Shanghai, still November in UTC
        ReportMonths justAfterMidnight = monthsAt(Instant.parse("2026-11-30T16:30:00Z"));

        assertThat(justAfterMidnight.parse("2026-12").month()).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void anEventBelongsToTheMonthOfItsTimeInTheReportTimeZone() {
        assertThat(ReportMonth.of(Instant.parse("2026-04-30T16:30:00Z"), SHANGHAI).month())
                .isEqualTo(YearMonth.of(2026, 5));
        assertThat(ReportMonth.of(Instant.parse("2026-05-31T15:59:59Z"), SHANGHAI).month())
                .isEqualTo(YearMonth.of(2026, 5));
        assertThat(ReportMonth.of(Instant.parse("2026-05-31T16:00:00Z"), SHANGHAI).month())
                .isEqualTo(YearMonth.of(2026, 6));
        assertThat(ReportMonth.of(Instant.parse("2026-05-31T16:00:00Z"), ZoneOffset.UTC).month())
                .isEqualTo(YearMonth.of(2026, 5));
    }

    /** Refused as a 400 whose only error names the month; returns the error's message. */
    private String refusal(ReportMonths months, String month) {
        Throwable thrown = catchThrowable(() -> months.parse(month));
        assertThat(thrown).as(String.valueOf(month)).isInstanceOf(ApiProblem.class);
        ApiProblem problem = (ApiProblem) thrown;
        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<?>) problem.properties().get("errors")).singleElement()
                .isInstanceOfSatisfying(ApiProblem.FieldError.class,
                        error -> assertThat(error.field()).isEqualTo("month"));
        return ((ApiProblem.FieldError) ((List<?>) problem.properties().get("errors")).get(0)).message();
    }

    private static ReportMonths monthsAt(Instant now) {
        return new ReportMonths(new FeedbackProperties(null, new FeedbackProperties.Reports(YearMonth.of(2026, 1),
                SHANGHAI, Duration.ofMinutes(5))), Clock.fixed(now, ZoneOffset.UTC));
    }
}
