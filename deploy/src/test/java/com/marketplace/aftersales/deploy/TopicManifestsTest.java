package com.marketplace.aftersales.deploy;

import static com.marketplace.aftersales.deploy.DeployFiles.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.TopicSpec;
import com.marketplace.aftersales.contracts.Topics;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TopicManifestsTest {

    private static final String OUT_OF_DATE = "%s differs from what the topic catalogue (contracts: Topics.all()) "
            + "renders. Regenerate it from the repository root with%n  " + TopicManifests.REGENERATE
            + "%nthen review and commit the diff. Never edit the file by hand.";

    @Test
    void checkedInStrimziTopicsAreWhatTheCatalogueRenders() {
        String expected = TopicManifests.strimziTopics(Topics.all());
        assertThat(DeployFiles.read(TopicManifests.STRIMZI_FILE))
                .as(OUT_OF_DATE, "deploy/" + TopicManifests.STRIMZI_FILE)
                .isEqualTo(expected);
    }

    @Test
    void checkedInTopicScriptIsWhatTheCatalogueRenders() {
        String expected = TopicManifests.createScript(Topics.all());
        assertThat(DeployFiles.read(TopicManifests.SCRIPT_FILE))
                .as(OUT_OF_DATE, "deploy/" + TopicManifests.SCRIPT_FILE)
                .isEqualTo(expected);
        assertThat(Files.isExecutable(DeployFiles.file(TopicManifests.SCRIPT_FILE)))
                .as("deploy/%s should be executable", TopicManifests.SCRIPT_FILE).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCatalogueTopicIsAKafkaTopicWithItsPartitionsThreeReplicasAndItsConfig() {
        List<Object> documents = DeployFiles.documents(DeployFiles.file(TopicManifests.STRIMZI_FILE));
        assertThat(documents).hasSize(Topics.all().size());
        for (TopicSpec topic : Topics.all()) {
            Map<String, Object> resource = documents.stream()
                    .map(d -> (Map<String, Object>) d)
                    .filter(d -> topic.name().equals(at(d, "spec", "topicName")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No KafkaTopic for " + topic.name()));
            assertThat(resource.get("apiVersion")).isEqualTo("kafka.strimzi.io/v1");
            assertThat(resource.get("kind")).isEqualTo("KafkaTopic");
            assertThat((String) at(resource, "metadata", "name")).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
            assertThat((String) at(resource, "metadata", "labels", "strimzi.io/cluster"))
                    .isEqualTo(TopicManifests.KAFKA_CLUSTER);
            assertThat((Integer) at(resource, "spec", "partitions")).as(topic.name()).isEqualTo(topic.partitions());
            assertThat((Integer) at(resource, "spec", "replicas")).as(topic.name()).isEqualTo(3);
            Map<String, Object> config = at(resource, "spec", "config");
            assertThat(config).as(topic.name()).containsEntry("min.insync.replicas", "2");
            topic.config().forEach((key, value) -> assertThat(config).as(topic.name()).containsEntry(key, value));
        }
    }

    @Test
    void lifecycleTopicsShareOnePartitionCount() {
        List<Object> documents = DeployFiles.documents(DeployFiles.file(TopicManifests.STRIMZI_FILE));
        assertThat(documents.stream()
                .filter(d -> "lifecycle".equals(at(d, "metadata", "labels", "aftersales.marketplace.com/topic-kind")))
                .map(d -> (Integer) at(d, "spec", "partitions"))
                .distinct())
                .containsExactly(Topics.LIFECYCLE_PARTITIONS);
    }

    @Test
    void theTopicsBelongToTheKafkaClusterOfTheManifests() {
        assertThat(DeployFiles.documents(DeployFiles.file("kubernetes/kafka/kafka-cluster.yaml")))
                .anySatisfy(d -> {
                    assertThat((String) at(d, "kind")).isEqualTo("Kafka");
                    assertThat((String) at(d, "metadata", "name")).isEqualTo(TopicManifests.KAFKA_CLUSTER);
                });
    }

    @Test
    void theScriptCreatesEveryTopicIfMissingWithItsPartitionsAndConfig() {
        String script = DeployFiles.read(TopicManifests.SCRIPT_FILE);
        assertThat(script).startsWith("#!/bin/sh\n").contains("set -eu");
        Pattern create = Pattern.compile(
                "\"\\$KAFKA_TOPICS\" --bootstrap-server \"\\$BOOTSTRAP\" --create --if-not-exists \\\\\\n"
                        + "  --topic (\\S+) --partitions (\\d+) --replication-factor \"\\$RF\"");
        Matcher matcher = create.matcher(script);
        Map<String, Integer> created = new java.util.LinkedHashMap<>();
        while (matcher.find()) {
            created.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        assertThat(created.keySet()).containsExactlyElementsOf(Topics.all().stream().map(TopicSpec::name).toList());
        Topics.all().forEach(t -> assertThat(created.get(t.name())).as(t.name()).isEqualTo(t.partitions()));
        Topics.all().forEach(t -> t.config().forEach((key, value) ->
                assertThat(script).contains("--config " + key + "=" + value)));
    }

    @Test
    void resourceNamesAreValidKubernetesNamesAndUnique() {
        List<String> names = Topics.all().stream().map(t -> TopicManifests.resourceName(t.name())).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(TopicManifests.resourceName("aftersales.case-view.dlt")).isEqualTo("aftersales-case-view-dlt");
    }
}
