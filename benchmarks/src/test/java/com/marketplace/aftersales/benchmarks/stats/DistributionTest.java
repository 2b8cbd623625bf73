package com.marketplace.aftersales.benchmarks.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void percentilesAreNearestRankOfOneToHundred() {
        long[] samples = LongStream.rangeClosed(1, 100).toArray();

        Distribution d = Distribution.of(samples);

        assertThat(d.count()).isEqualTo(100);
        assertThat(d.minMillis()).isEqualTo(1);
        assertThat(d.p50Millis()).isEqualTo(50);
        assertThat(d.p90Millis()).isEqualTo(90);
        assertThat(d.p99Millis()).isEqualTo(99);
        assertThat(d.p999Millis()).isEqualTo(100);
        assertThat(d.maxMillis()).isEqualTo(100);
        assertThat(d.meanMillis()).isEqualTo(50.5);
    }

    @Test
    void orderOfTheSampleDoesNotMatterAndTheInputIsNotSorted() {
        long[] samples = {900, 100, 500, 300, 700};

        Distribution d = Distribution.of(samples);

        assertThat(d.p50Millis()).isEqualTo(500);
        assertThat(d.p99Millis()).isEqualTo(900);
        assertThat(d.minMillis()).isEqualTo(100);
        assertThat(samples).containsExactly(900, 100, 500, 300, 700);
    }

    @Test
    void everyPercentileIsAMeasuredValueNeverAnInterpolation() {
        long[] sorted = {10, 20};

        assertThat(Distribution.percentile(sorted, 50)).isEqualTo(10);
        assertThat(Distribution.percentile(sorted, 50.1)).isEqualTo(20);
        assertThat(Distribution.percentile(sorted, 99)).isEqualTo(20);
        assertThat(Distribution.percentile(new long[] {7}, 0.1)).isEqualTo(7);
    }

    @Test
    void oneSlowSampleInAThousandIsTheMaxButNotTheP99() {
        long[] samples = new long[1000];
        java.util.Arrays.fill(samples, 400);
        samples[123] = 9_000;

        Distribution d = Distribution.of(samples);

        assertThat(d.p99Millis()).isEqualTo(400);
        assertThat(d.p999Millis()).isEqualTo(400);
        assertThat(d.maxMillis()).isEqualTo(9_000);
    }

    @Test
    void anEmptySampleHasNoDistribution() {
        assertThat(Distribution.ofOrNull(new long[0])).isNull();
        assertThatThrownBy(() -> Distribution.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Distribution.percentile(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratiosOfLagsCountZeroAsOneMillisecondAndMissingAsNothing() {
        assertThat(Ratio.ofMillis(300_000, 1_000)).isEqualTo(300.0);
        assertThat(Ratio.ofMillis(500, 0)).isEqualTo(500.0);
        assertThat(Ratio.of(2.0, 0.0)).isNull();
        assertThat(Ratio.of(null, 1.0)).isNull();
        assertThat(Ratio.of(3.0, 1.5)).isEqualTo(2.0);
    }

    @Test
    void aLongSeriesGrowsPastItsCapacity() {
        LongSeries series = new LongSeries(16);
        for (long i = 0; i < 1000; i++) {
            series.add(i * 3);
        }

        assertThat(series.size()).isEqualTo(1000);
        assertThat(series.get(999)).isEqualTo(2997);
        assertThat(series.toArray()).hasSize(1000).startsWith(0, 3, 6);
    }
}
