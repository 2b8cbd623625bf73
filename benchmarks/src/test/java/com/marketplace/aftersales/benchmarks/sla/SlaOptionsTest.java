package com.marketplace.aftersales.benchmarks.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.devstack.config.CommandLine;
import com.marketplace.aftersales.devstack.config.UsageException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaOptionsTest {

    private static SlaOptions parse(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "sla";
        all[1] = "--repo";
        all[2] = "/tmp/repo";
        System.arraycopy(args, 0, all, 3, args.length);
        return SlaOptions.parse(CommandLine.parse(all, SlaOptions.VALUE_OPTIONS, SlaOptions.FLAGS));
    }

    @Test
    void defaultsAreTheFullBenchmarkOfTheIssue() {
        SlaOptions options = parse();

        assertThat(options.clocks()).isEqualTo(1_000_000);
        assertThat(options.window()).isEqualTo(Duration.ofMinutes(10));
        assertThat(options.spread()).isEqualTo(Duration.ofHours(3));
        assertThat(options.monitorHeap()).isEqualTo("512m");
        assertThat(options.pollIntervals()).containsExactly(
                new SlaOptions.PollInterval(Duration.ofSeconds(300), false), SlaOptions.PollInterval.MATCH_MONITOR);
        assertThat(options.outDir().toString()).isEqualTo("/tmp/repo/benchmarks/results");
        assertThat(options.monitorJar().toString()).isEqualTo("/tmp/repo/sla-monitor/target/sla-monitor.jar");
        assertThat(options.kafkaPort()).isZero();
    }

    @Test
    void quickChangesTheDefaultsButNotWhatWasGiven() {
        SlaOptions quick = parse("--quick");
        SlaOptions quickWithClocks = parse("--quick", "--clocks", "50k");

        assertThat(quick.clocks()).isEqualTo(20_000);
        assertThat(quick.window()).isEqualTo(Duration.ofMinutes(1));
        assertThat(quick.pollIntervals()).extracting(SlaOptions.PollInterval::toString).containsExactly("30s", "auto");
        assertThat(quickWithClocks.clocks()).isEqualTo(50_000);
    }

    @Test
    void durationsAndCountsReadTheWayPeopleWriteThem() {
        assertThat(SlaOptions.parseDuration("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SlaOptions.parseDuration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SlaOptions.parseDuration("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(SlaOptions.parseDuration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(SlaOptions.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(SlaOptions.parseDuration("PT10M")).isEqualTo(Duration.ofMinutes(10));
        assertThat(SlaOptions.parseCount("1,000,000")).isEqualTo(1_000_000);
        assertThat(SlaOptions.parseCount("1_000_000")).isEqualTo(1_000_000);
        assertThat(SlaOptions.parseCount("1M")).isEqualTo(1_000_000);
        assertThat(SlaOptions.parseCount("20k")).isEqualTo(20_000);
        assertThatThrownBy(() -> SlaOptions.parseDuration("ten minutes")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> SlaOptions.parseDuration("10x")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> SlaOptions.parseCount("many")).isInstanceOf(UsageException.class);
    }

    @Test
    void theWarmupGrowsWithTheClocksToLoad() {
        assertThat(SlaOptions.defaultWarmup(1_000_000)).isEqualTo(Duration.ofMinutes(23));
        assertThat(SlaOptions.defaultWarmup(20_000)).isEqualTo(Duration.ofMinutes(4));
        assertThat(SlaOptions.defaultWarmup(100)).isEqualTo(Duration.ofMinutes(4));
        assertThat(parse().warmup()).isEqualTo(Duration.ofMinutes(23));
        assertThat(parse("--warmup", "5m").warmup()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void pollIntervalsAreWholeSecondsOrAuto() {
        assertThat(SlaOptions.pollIntervals("300, 60s,auto")).extracting(SlaOptions.PollInterval::toString)
                .containsExactly("300s", "60s", "auto");
        assertThatThrownBy(() -> SlaOptions.pollIntervals("500ms")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> SlaOptions.pollIntervals(",")).isInstanceOf(UsageException.class);
    }

    @Test
    void nonsenseIsRefusedWithTheOptionsName() {
        assertThatThrownBy(() -> parse("--warmup", "4h")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--warmup");
        assertThatThrownBy(() -> parse("--spread", "5d")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> parse("--monitor-heap", "lots")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--monitor-heap");
        assertThatThrownBy(() -> parse("--kafka-port", "19092")).isInstanceOf(UsageException.class)
                .hasMessageContaining("local run");
        assertThatThrownBy(() -> parse("--clocks", "10")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> parse("--windwo", "1m")).isInstanceOf(UsageException.class);
    }

    @Test
    void describeNamesEveryParameterOfTheRun() {
        assertThat(parse("--quick").describe()).contains("--clocks 20000", "--window 1m", "--spread 30m",
                "--poll-intervals 30s,auto", "--quick");
        assertThat(List.of(parse().describe().split(" "))).contains("--monitor-heap", "512m");
    }
}
