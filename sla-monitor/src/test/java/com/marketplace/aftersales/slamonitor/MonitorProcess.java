package com.marketplace.aftersales.slamonitor;

import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.slamonitor.SlaProperties.PolicySettings;
import com.marketplace.aftersales.slamonitor.calendar.Calendars;
import com.marketplace.aftersales.slamonitor.clocks.ClockRules;
import com.marketplace.aftersales.slamonitor.clocks.SlaMetrics;
import com.marketplace.aftersales.slamonitor.clocks.TimerFiring;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicies;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicy;
import com.marketplace.aftersales.slamonitor.topology.SlaTopology;
import com.marketplace.aftersales.slamonitor.topology.StoreType;
import com.marketplace.aftersales.slamonitor.topology.StreamsSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The monitor's production topology and Streams settings as a bare process, for {@code MonitorCrashIT} to start in a
 * child JVM and kill outright. Shortened limits make clocks fire within seconds; the output goes to a topic of the test's
 * own, so it does not mix with a monitor the other integration tests run in the test JVM. Prints {@link #RUNNING} once
 * the client runs, then runs until it is killed.
 *
 * <p>Arguments: bootstrap servers, application id, state directory, output topic.
 */
public final class MonitorProcess {

    public static final String RUNNING = "MONITOR-PROCESS-RUNNING";
    public static final Duration FIRST_RESPONSE_LIMIT = Duration.ofSeconds(4);
    public static final Duration UNRESOLVED_LIMIT = Duration.ofSeconds(6);

    private MonitorProcess() {
    }

    public static void main(String[] args) {
        String bootstrapServers = args[0];
        String applicationId = args[1];
        Path stateDir = Path.of(args[2]);
        String outputTopic = args[3];
        SlaProperties properties = SlaProperties.defaults()
                .withPunctuationInterval(Duration.ofMillis(200))
                .withPolicy(SlaPolicy.FIRST_RESPONSE.id(), PolicySettings.limit(FIRST_RESPONSE_LIMIT))
                .withPolicy(SlaPolicy.UNRESOLVED.id(), PolicySettings.limit(UNRESOLVED_LIMIT))
                .withStreams(new SlaProperties.Streams(applicationId, null, 1, 1, null));
        ClockPolicies policies = ClockPolicies.standard();
        SlaMetrics metrics = new SlaMetrics(new SimpleMeterRegistry(),
                policies.all().stream().map(ClockPolicy::id).toList());
        SlaTopology topology = new SlaTopology(ClockRules.of(policies, properties, Calendars.shipped()), metrics,
                TimerFiring.of(properties), outputTopic, StoreType.ROCKSDB);
        // The smallest session timeout the broker accepts, so the killed member's tasks move within seconds.
        Properties settings = StreamsSettings.of(Map.of("bootstrap.servers", bootstrapServers,
                        "session.timeout.ms", 6000, "heartbeat.interval.ms", 1500),
                properties.streams(), properties.rocksdb(), stateDir, metrics);
        KafkaStreams streams = new KafkaStreams(topology.build(), settings);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                System.out.println(RUNNING);
            }
        });
        streams.start();
    }
}
