package com.marketplace.aftersales.benchmarks.sla;

import com.marketplace.aftersales.benchmarks.infra.CpuAccount;
import com.marketplace.aftersales.benchmarks.infra.KafkaBrokerChild;
import com.marketplace.aftersales.benchmarks.infra.MonitorProcess;
import com.marketplace.aftersales.benchmarks.infra.ProcFs;
import com.marketplace.aftersales.benchmarks.infra.PrometheusText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The monitor and what it runs on, as the phases see them: the monitor process, its broker, the reader of its output
 * topic and the Admin client for its offsets; and the names under which their CPU is reported.
 */
public record MonitorUnderTest(MonitorProcess monitor, KafkaBrokerChild broker, SlaTopicListener listener,
                               ConsumerGroupLag offsets) {

    public static final String MONITOR = "sla-monitor";
    public static final String BROKER = "kafka broker";
    public static final String BENCHMARK = "benchmark JVM";
    public static final String APPLICATION_ID = "sla-monitor";
    public static final List<String> INPUT_TOPICS = List.of("aftersales.intake.v1", "aftersales.diagnosis.v1",
            "aftersales.fulfillment.v1", "aftersales.feedback.v1");
    private static final String POLICY = "policy=\"merchant-response\"";

    public CpuAccount cpu() {
        Map<String, LongSupplier> sources = new LinkedHashMap<>();
        sources.put(MONITOR, () -> monitor.isAlive() ? ProcFs.cpuTicks(monitor.pid()).orElse(0) : 0);
        sources.put(BROKER, () -> ProcFs.cpuTicks(broker.pid()).orElse(0));
        sources.put(BENCHMARK, () -> ProcFs.cpuTicks(ProcessHandle.current().pid()).orElse(0));
        return CpuAccount.read(sources);
    }

    public long lag() {
        return offsets.lag(APPLICATION_ID, INPUT_TOPICS);
    }

    /** {@code aftersales_sla_clocks_open{policy="merchant-response"}}. */
    public long openClocks() {
        return Math.round(monitor.scrape().sum("aftersales_sla_clocks_open", POLICY));
    }

    public static long openClocks(PrometheusText metrics) {
        return Math.round(metrics.sum("aftersales_sla_clocks_open", POLICY));
    }

    public double rssMib() {
        return monitor.isAlive() ? ProcFs.rssKib(monitor.pid()).orElse(0) / 1024.0 : Double.NaN;
    }
}
