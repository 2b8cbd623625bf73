package com.marketplace.aftersales.benchmarks.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcFsTest {

    @Test
    void readsCpuTicksAndParentFromAStatLine() {
        String line = "1234 (java) S 1 1234 1234 0 -1 4194560 16855 0 0 0 1500 250 30 12 20 0 40 0 263 "
                + "3972005888 59201 18446744073709551615 1 1 0 0 0 0 0 4096 16384 0 0 0 17 1 0 0 0 0 0";

        ProcFs.Stat stat = ProcFs.parseStat(line);

        assertThat(stat.pid()).isEqualTo(1234);
        assertThat(stat.parentPid()).isEqualTo(1);
        assertThat(stat.userTicks()).isEqualTo(1500);
        assertThat(stat.systemTicks()).isEqualTo(250);
        assertThat(stat.ownTicks()).isEqualTo(1750);
        assertThat(stat.reapedChildrenTicks()).isEqualTo(42);
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String line = "77 (postgres: postgres baseline (idle)) S 70 70 70 0 -1 4194304 300 0 0 0 9 4 0 0 20 0 1 0 "
                + "500 200000000 3000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0";

        ProcFs.Stat stat = ProcFs.parseStat(line);

        assertThat(stat.parentPid()).isEqualTo(70);
        assertThat(stat.ownTicks()).isEqualTo(13);
    }

    @Test
    void thisProcessHasCpuTimeAndResidentMemory() {
        long self = ProcessHandle.current().pid();

        assertThat(ProcFs.cpuTicks(self)).isPresent();
        assertThat(ProcFs.rssKib(self).orElse(0)).isPositive();
        long own = ProcFs.cpuTicks(self).getAsLong();
        assertThat(ProcFs.treeCpuTicks(self)).isGreaterThanOrEqualTo(own); // read later: the tree includes the root
        assertThat(ProcFs.systemCpu().totalTicks()).isPositive();
    }

    @Test
    void aProcessThatIsGoneReadsAsNothing() {
        assertThat(ProcFs.cpuTicks(Integer.MAX_VALUE)).isEmpty();
        assertThat(ProcFs.rssKib(Integer.MAX_VALUE)).isEmpty();
        assertThat(ProcFs.treeCpuTicks(Integer.MAX_VALUE)).isZero();
    }

    @Test
    void cpuUsageIsTheDifferenceOfTwoReadingsAndOthersAreTheRest() {
        CpuAccount before = new CpuAccount(java.util.Map.of("a", 100L), 1000, 0);
        CpuAccount after = new CpuAccount(java.util.Map.of("a", 300L), 1500, 2_000_000_000L);

        CpuAccount.CpuUsage usage = after.since(before);

        double tick = 1.0 / ProcFs.clockTicksPerSecond();
        assertThat(usage.elapsedSeconds()).isEqualTo(2.0);
        assertThat(usage.seconds("a")).isCloseTo(200 * tick, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(usage.cores("a")).isCloseTo(100 * tick, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(usage.otherSeconds()).isCloseTo(300 * tick, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void readsGaugesAndCountersFromPrometheusText() {
        PrometheusText text = PrometheusText.parse("""
                # HELP aftersales_sla_clocks_open Open deadline clocks
                # TYPE aftersales_sla_clocks_open gauge
                aftersales_sla_clocks_open{application="sla-monitor",policy="first-response"} 3.0
                aftersales_sla_clocks_open{application="sla-monitor",policy="merchant-response"} 1000000.0
                aftersales_sla_punctuation_duration_seconds_count{application="sla-monitor"} 42
                aftersales_sla_punctuation_duration_seconds_max{application="sla-monitor"} 0.25
                process_uptime_seconds 12.5
                """);

        assertThat(text.sum("aftersales_sla_clocks_open", "policy=\"merchant-response\"")).isEqualTo(1_000_000.0);
        assertThat(text.sum("aftersales_sla_clocks_open")).isEqualTo(1_000_003.0);
        assertThat(text.sum("aftersales_sla_punctuation_duration_seconds_count")).isEqualTo(42.0);
        assertThat(text.max("aftersales_sla_punctuation_duration_seconds_max")).isEqualTo(0.25);
        assertThat(text.sum("process_uptime_seconds")).isEqualTo(12.5);
        assertThat(text.max("no_such_metric")).isNaN();
    }
}
