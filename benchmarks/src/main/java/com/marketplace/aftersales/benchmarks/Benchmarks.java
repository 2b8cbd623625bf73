package com.marketplace.aftersales.benchmarks;

import com.marketplace.aftersales.benchmarks.infra.KafkaBrokerProcess;
import com.marketplace.aftersales.benchmarks.sla.SlaBenchmark;
import com.marketplace.aftersales.benchmarks.sla.SlaOptions;
import com.marketplace.aftersales.devstack.config.CommandLine;
import com.marketplace.aftersales.devstack.config.UsageException;
import java.io.PrintStream;

/**
 * The benchmarks of the suite, behind {@code ./aftersales benchmark <name>}. Plain Java: each benchmark starts what
 * it measures and stops it again. Not tests: the build never runs them.
 */
public final class Benchmarks {

    public static final int USAGE_ERROR = 2;
    /** A name of its own, so a {@code logback.xml} of a library on the class path does not win. */
    static final String LOGGING_CONFIGURATION = "benchmarks-logback.xml";

    private Benchmarks() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGGING_CONFIGURATION);
        }
        if (args.length > 0 && args[0].equals(KafkaBrokerProcess.COMMAND)) {
            KafkaBrokerProcess.run(args);
            return;
        }
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        try {
            if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
                out.print(usage());
                return 0;
            }
            if (!args[0].equals("sla")) {
                out.println("Unknown benchmark '" + args[0] + "'");
                out.print(usage());
                return USAGE_ERROR;
            }
            CommandLine line = CommandLine.parse(args, SlaOptions.VALUE_OPTIONS, SlaOptions.FLAGS);
            if (line.flag("help")) {
                out.print(usage());
                return 0;
            }
            return SlaBenchmark.run(SlaOptions.parse(line), out);
        } catch (UsageException e) {
            out.println(e.getMessage());
            return USAGE_ERROR;
        }
    }

    static String usage() {
        return """
                usage: ./aftersales benchmark sla [options]

                  The sla-monitor with N open clocks on this machine: detection lag p50/p99/max at the default
                  punctuation interval, resident memory, restore time after kill -9, and in the same run the
                  baseline ticketing systems use (an indexed due_at <= now() query on PostgreSQL polled every P s).
                  Starts its own Kafka broker, PostgreSQL and monitor (random ports, a temporary directory) and
                  stops them at the end, also on Ctrl-C. Writes benchmarks/results/sla-<date>.md and .json.

                  --clocks n              open clocks to load (default 1000000; 1M, 20k accepted)
                  --window d              detection window, and the least baseline window (default 10m)
                  --warmup d              deadlines start this long after the load begins (default 3 min +
                                          1.2 ms per clock, whole minutes: 23m for 1M, 4m for 20k)
                  --spread d              ... and end this long after it (default 3h)
                  --poll-intervals list   baseline poll intervals; 'auto' = the monitor's p99 rounded up to whole
                                          seconds, at least 1 s (default 300,auto)
                  --monitor-heap size     the monitor's -Xmx (default 512m)
                  --restore-observation d how long to watch deadlines after the restart (default 3m)
                  --load-timeout d        give up if the load is not done by then (default 3h; quick 15m)
                  --out dir               where the results go (default benchmarks/results)
                  --quick                 smoke run: 20k clocks, 1-minute windows, spread 30m,
                                          poll intervals 30,auto; results named sla-<date>-quick.*
                  --monitor-jar path      the jar to measure (default sla-monitor/target/sla-monitor.jar)
                  --kafka-port n, --postgres-port n   fixed ports instead of random free ones
                  --seed n                seed of the deadline distribution (default 20261122)
                  --note text             a remark for the results file (e.g. how the monitor jar was built)
                  --repo dir              the repository root (the script passes it)
                Durations: 90s, 10m, 3h, 1h30m or ISO-8601 (PT10M); a plain number is seconds.
                """;
    }
}
