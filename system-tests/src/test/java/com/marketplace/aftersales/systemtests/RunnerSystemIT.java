package com.marketplace.aftersales.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.TopicSpec;
import com.marketplace.aftersales.contracts.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** {@code ./aftersales up} brings every component up, creates the catalogue, and restarts a service that dies. */
@Order(1)
class RunnerSystemIT {

    static final List<String> COMPONENTS = List.of("postgres", "kafka", "payment-simulator", "carrier-simulator",
            "intake-service", "diagnosis-service", "fulfillment-service", "feedback-service", "sla-monitor",
            "case-view", "gateway");

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void statusShowsEveryComponentUp() {
        RunningSuite.CommandResult status = suite.status();

        assertThat(status.exitCode()).as(status.output()).isZero();
        for (String component : COMPONENTS) {
            assertThat(status.output()).containsPattern("(?m)^\\s*" + Pattern.quote(component) + "\\s+pid\\s+\\d+\\s+port\\s+\\d+\\s+UP");
        }
    }

    @Test
    void everyCatalogueTopicExistsWithItsDeclaredPartitions() throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrap());
        try (Admin admin = Admin.create(props)) {
            Map<String, TopicDescription> topics = admin.describeTopics(
                    Topics.all().stream().map(TopicSpec::name).toList()).allTopicNames().get();
            for (TopicSpec spec : Topics.all()) {
                assertThat(topics.get(spec.name()).partitions()).as(spec.name()).hasSize(spec.partitions());
            }
        }
    }

    @Test
    void aServiceKilledWithSignalNineIsRestarted() throws Exception {
        long before = pidOf("feedback-service");

        new ProcessBuilder("kill", "-9", String.valueOf(before)).inheritIO().start().waitFor();

        suite.awaitOutput(line -> line.contains("feedback-service exited") && line.contains("restarting"),
                Duration.ofSeconds(60));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(pidOf("feedback-service")).isNotEqualTo(before);
            assertThat(suite.status().output()).containsPattern("(?m)^\\s*feedback-service\\s+pid\\s+\\d+\\s+port\\s+\\d+\\s+UP");
        });
    }

    private long pidOf(String component) {
        Matcher matcher = Pattern.compile("(?m)^\\s*" + Pattern.quote(component) + "\\s+pid\\s+(\\d+)\\s+port")
                .matcher(suite.status().output());
        assertThat(matcher.find()).as("%s in the status output", component).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
