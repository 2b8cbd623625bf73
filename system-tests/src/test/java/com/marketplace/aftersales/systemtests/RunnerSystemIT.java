package com.marketplace.aftersales.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.TopicSpec;
import com.marketplace.aftersales.contracts.Topics;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
    void aServiceKilledWithSignalNineIsRestarted() {
        suite.killHard("feedback-service");

        assertThat(suite.outputSoFar()).anyMatch(line -> line.contains("feedback-service exited with code 137")
                && line.contains("restarting"));
        assertThat(suite.isUp("feedback-service")).isTrue();
    }
}
