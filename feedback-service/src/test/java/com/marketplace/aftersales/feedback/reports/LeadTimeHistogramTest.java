package com.marketplace.aftersales.feedback.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LeadTimeHistogramTest {

    @Test
    void everyLeadTimeIsReportedWithinOnePercentOfItself() {
        List<Long> samples = new ArrayList<>();
        for (long seconds = 1; seconds <= 5_000; seconds++) {
            samples.add(seconds);
        }
        for (double seconds = 5_000; seconds < 400 * 86_400; seconds *= 1.003) {
            samples.add((long) seconds);
        }
        for (long seconds : samples) {
            long reported = LeadTimeHistogram.representativeSeconds(
                    LeadTimeHistogram.bucketOf(Duration.ofSeconds(seconds)));
            // α of the value, plus the rounding to whole seconds
            assertThat((double) reported).as("%d s", seconds).isCloseTo(seconds, within(seconds * 0.01 + 0.5));
        }
    }

    @Test
    void percentilesAreTheNearestRankOnesWithinOnePercent() {
        Random random = new Random(20261122);
        List<Long> leadTimes = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            // log-uniform from a minute to ten days: refunds paid at once and refunds stuck for a week
            leadTimes.add(Math.round(Math.exp(Math.log(60) + random.nextDouble() * Math.log(14_400))));
        }
        LeadTimeHistogram histogram = histogramOf(leadTimes);
        List<Long> sorted = leadTimes.stream().sorted().toList();

        assertThat(histogram.count()).isEqualTo(1_000);
        for (int percent : new int[] {1, 50, 90, 99, 100}) {
            long exact = sorted.get((int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
            assertThat((double) histogram.percentileSeconds(percent)).as("p%d", percent)
                    .isCloseTo(exact, within(exact * 0.01 + 0.5));
        }
    }

    @Test
    void theNinetiethPercentileOfTenRefundsIsTheNinth() {
        List<Long> minutes = List.of(60L, 120L, 180L, 240L, 300L, 360L, 420L, 480L, 540L, 600L);
        LeadTimeHistogram histogram = histogramOf(minutes);

        assertThat((double) histogram.percentileSeconds(90)).isCloseTo(540, within(5.4));
        assertThat((double) histogram.percentileSeconds(50)).isCloseTo(300, within(3.0));
    }

    @Test
    void aMonthWithoutRefundsReportsZero() {
        assertThat(LeadTimeHistogram.EMPTY.count()).isZero();
        assertThat(LeadTimeHistogram.EMPTY.percentileSeconds(50)).isZero();
        assertThat(LeadTimeHistogram.EMPTY.percentileSeconds(90)).isZero();
    }

    @Test
    void aRefundPaidWithinTheSecondOrBeforeItsRequestCountsAsImmediate() {
        assertThat(LeadTimeHistogram.bucketOf(Duration.ofMillis(800))).isZero();
        // two instances' clocks can disagree by a little: not a negative lead time in the figures
        assertThat(LeadTimeHistogram.bucketOf(Duration.ofSeconds(-3))).isZero();
        assertThat(LeadTimeHistogram.representativeSeconds(0)).isZero();
        assertThat(LeadTimeHistogram.bucketOf(Duration.ofSeconds(1))).isEqualTo(1);
    }

    @Test
    void aPercentileIsOneToAHundred() {
        assertThatThrownBy(() -> LeadTimeHistogram.EMPTY.percentileSeconds(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeadTimeHistogram.EMPTY.percentileSeconds(101))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static LeadTimeHistogram histogramOf(List<Long> leadTimesInSeconds) {
        Map<Integer, Long> buckets = new TreeMap<>();
        leadTimesInSeconds.forEach(seconds -> buckets.merge(LeadTimeHistogram.bucketOf(Duration.ofSeconds(seconds)),
                1L, Long::sum));
        return LeadTimeHistogram.of(buckets);
    }
}
