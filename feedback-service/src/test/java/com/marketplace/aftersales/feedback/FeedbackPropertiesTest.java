package com.marketplace.aftersales.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class FeedbackPropertiesTest {

    @Test
    void unratedCasesCloseAfterSevenDaysUnlessConfigured() {
        FeedbackProperties defaults = bind(Map.of());
        FeedbackProperties configured = bind(Map.of("aftersales.feedback.closing.unrated-after", "3d",
                "aftersales.feedback.closing.check-interval", "30s"));

        assertThat(defaults.closing().unratedAfter()).isEqualTo(Duration.ofDays(7));
        assertThat(configured.closing().unratedAfter()).isEqualTo(Duration.ofDays(3));
        assertThat(configured.closing().checkInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(configured.closing().batchSize()).isEqualTo(100);
    }

    @Test
    void aNonsensicalScheduleIsRefusedAtStart() {
        assertThatThrownBy(() -> new FeedbackProperties.Closing(Duration.ofDays(7), Duration.ZERO, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeedbackProperties.Closing(Duration.ofDays(-1), Duration.ofMinutes(1), 100))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsFollowShanghaiMonthsFromJanuary2026UnlessConfigured() {
        FeedbackProperties defaults = bind(Map.of());
        FeedbackProperties configured = bind(Map.of("aftersales.feedback.reports.first-month", "2025-07",
                "aftersales.feedback.reports.zone", "Europe/Berlin",
                "aftersales.feedback.reports.public-max-age", "0s"));

        assertThat(defaults.reports().firstMonth()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(defaults.reports().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(defaults.reports().publicMaxAge()).isEqualTo(Duration.ofMinutes(5));
        assertThat(configured.reports().firstMonth()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(configured.reports().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(configured.reports().publicMaxAge()).isZero();
    }

    private static FeedbackProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("aftersales.feedback", FeedbackProperties.class);
    }
}
