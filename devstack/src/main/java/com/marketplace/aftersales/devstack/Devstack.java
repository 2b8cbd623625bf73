package com.marketplace.aftersales.devstack;

import com.marketplace.aftersales.devstack.config.CommandLine;
import com.marketplace.aftersales.devstack.config.Settings;
import com.marketplace.aftersales.devstack.config.UsageException;
import com.marketplace.aftersales.devstack.demo.DemoCommand;
import com.marketplace.aftersales.devstack.dlt.DltReplayCommand;
import com.marketplace.aftersales.devstack.probe.HealthProbe;
import com.marketplace.aftersales.devstack.services.ServiceCatalogue;
import com.marketplace.aftersales.devstack.status.StatusCommand;
import com.marketplace.aftersales.devstack.status.StopCommand;
import com.marketplace.aftersales.devstack.up.UpCommand;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The local runner behind {@code ./aftersales}: {@code up}, {@code status}, {@code stop}, {@code demo},
 * {@code dlt-replay}, {@code help}.
 */
public final class Devstack {

    public static final int USAGE_ERROR = 2;

    private static final Set<String> VALUE_OPTIONS = Set.of("repo", "home", "only", "port-offset", "startup-timeout",
            "step-timeout");
    private static final Set<String> FLAGS = Set.of("help");
    private static final Set<String> COMMANDS_WITH_ARGUMENTS = Set.of("dlt-replay");

    private Devstack() {
    }

    /**
     * The runner's logging configuration has its own name: a {@code logback.xml} here would configure the logging of
     * every module that uses devstack as a test library.
     */
    static final String LOGGING_CONFIGURATION = "devstack-logback.xml";

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGGING_CONFIGURATION);
        }
        System.exit(run(args, System.out, System.getenv()));
    }

    static int run(String[] args, PrintStream out, Map<String, String> env) {
        try {
            CommandLine commandLine = CommandLine.parse(args, VALUE_OPTIONS, FLAGS, COMMANDS_WITH_ARGUMENTS);
            if (commandLine.flag("help")) {
                out.print(usage());
                return 0;
            }
            Settings settings = Settings.resolve(commandLine, env, ServiceCatalogue.defaultPorts());
            switch (commandLine.command()) {
                case "up":
                    return new UpCommand(settings, out).run();
                case "status":
                    return new StatusCommand(settings.layout(), new HealthProbe(), out).run();
                case "stop":
                    return new StopCommand(settings.layout(), out).run();
                case "demo":
                    return new DemoCommand(settings.layout(), settings.ports(), stepTimeout(commandLine, env), out)
                            .run();
                case "dlt-replay":
                    return new DltReplayCommand(settings.layout(), commandLine.requireArguments("<service>").get(0),
                            out, Clock.systemUTC()).run();
                case "help":
                case "-h":
                    out.print(usage());
                    return 0;
                default:
                    out.println("Unknown command '" + commandLine.command() + "'");
                    out.print(usage());
                    return USAGE_ERROR;
            }
        } catch (UsageException e) {
            out.println(e.getMessage());
            return USAGE_ERROR;
        }
    }

    private static Duration stepTimeout(CommandLine commandLine, Map<String, String> env) {
        int seconds = Settings.intValue("--step-timeout / " + DemoCommand.STEP_TIMEOUT_VARIABLE,
                commandLine.option("step-timeout").orElse(env.get(DemoCommand.STEP_TIMEOUT_VARIABLE)),
                (int) DemoCommand.DEFAULT_STEP_TIMEOUT.toSeconds());
        if (seconds < 1) {
            throw new UsageException("--step-timeout must be at least 1 second");
        }
        return Duration.ofSeconds(seconds);
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "usage: ./aftersales <command> [options]",
                "",
                "commands:",
                "  up       start PostgreSQL, Kafka, the simulators and every service; Ctrl-C stops them all",
                "  status   one line per running component; exit 0 all up, 1 some down, 3 not running",
                "  stop     ask a running 'up' to stop, and wait for it",
                "  demo     play the walking skeleton against the running suite, through the gateway: a return with",
                "           refund from the customer's request to the closed case, one line per step with the status",
                "           the app shows; exit 0 CLOSED, 1 a step failed or timed out, 3 not running",
                "  dlt-replay <service>",
                "           replay the service's dead-letter topic after a fix (POST /actuator/dltreplay as an",
                "           operations manager); intake-service, diagnosis-service, fulfillment-service,",
                "           feedback-service or case-view ('intake' is enough); exit 0 all applied, 1 some failed",
                "           again or the call failed, 2 no replay for that service, 3 not running",
                "  help     this text",
                "",
                "options:",
                "  --repo <dir>             the repository root (default: the current directory)",
                "  --home <dir>             data, keys, logs and run state (default: $AFTERSALES_HOME or <repo>/.aftersales)",
                "  --only <a,b>             up: start only these services ('' for none); e.g. --only intake,gateway",
                "  --port-offset <n>        up: add n to every port (default: $AFTERSALES_PORT_OFFSET or 0)",
                "  --startup-timeout <s>    up: seconds each component may take to be ready (default 180)",
                "  --step-timeout <s>       demo: seconds each step may take (default: $"
                        + DemoCommand.STEP_TIMEOUT_VARIABLE + " or 60)",
                "",
                "see devstack/README.md for ports, environment variables and files",
                "");
    }
}
