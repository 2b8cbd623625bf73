package com.marketplace.aftersales.deploy;

import com.marketplace.aftersales.contracts.TopicSpec;
import com.marketplace.aftersales.contracts.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders the two files that create the suite's topics outside the local runner, both from the catalogue
 * ({@link Topics#all()}), so no environment spells a topic, a partition count or a retention by hand:
 * <ul>
 *   <li>{@value #STRIMZI_FILE}: one Strimzi {@code KafkaTopic} per topic, 3 replicas, {@code min.insync.replicas=2};</li>
 *   <li>{@value #SCRIPT_FILE}: {@code kafka-topics.sh --create --if-not-exists} for each topic, for Compose or any
 *   cluster without the Strimzi topic operator (replication factor and min ISR from the environment).</li>
 * </ul>
 * Both files are checked in; a test fails when they differ from what this class renders.
 * Run {@code ./mvnw -q -f deploy/pom.xml compile exec:java@topics} to rewrite them.
 */
public final class TopicManifests {

    public static final String STRIMZI_FILE = "kubernetes/kafka-topics.yaml";
    public static final String SCRIPT_FILE = "kafka/topics.sh";

    /** The Strimzi {@code Kafka} resource the topics belong to (deploy/kubernetes/kafka/kafka-cluster.yaml). */
    public static final String KAFKA_CLUSTER = "aftersales-kafka";
    public static final int PRODUCTION_REPLICAS = 3;
    public static final int PRODUCTION_MIN_INSYNC_REPLICAS = 2;

    static final String REGENERATE = "./mvnw -q -f deploy/pom.xml compile exec:java@topics";

    private TopicManifests() {
    }

    /**
     * Writes both files under the deploy directory: the first argument, or {@code deploy} / {@code .} found from the
     * working directory.
     */
    public static void main(String[] args) throws IOException {
        Path deployDir = DeployDirectory.resolve(args);
        Path strimzi = deployDir.resolve(STRIMZI_FILE);
        Path script = deployDir.resolve(SCRIPT_FILE);
        Files.createDirectories(strimzi.getParent());
        Files.createDirectories(script.getParent());
        Files.writeString(strimzi, strimziTopics(Topics.all()), StandardCharsets.UTF_8);
        Files.writeString(script, createScript(Topics.all()), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: Compose runs the script with sh, so the bit is a convenience only
        }
        System.out.println("Wrote " + strimzi + " and " + script + " (" + Topics.all().size() + " topics)");
    }

    /** One {@code KafkaTopic} document per topic, in catalogue order. */
    public static String strimziTopics(List<TopicSpec> topics) {
        StringBuilder out = new StringBuilder();
        out.append("# GENERATED from the topic catalogue (contracts: Topics.all()) by\n")
                .append("# com.marketplace.aftersales.deploy.TopicManifests. Do not edit by hand: change the catalogue, then run\n")
                .append("#   ").append(REGENERATE).append('\n')
                .append("# Every topic: ").append(PRODUCTION_REPLICAS).append(" replicas, min.insync.replicas=")
                .append(PRODUCTION_MIN_INSYNC_REPLICAS)
                .append(" (producers use acks=all), plus the catalogue's own configuration.\n")
                .append("# Partition counts are part of the contract: lifecycle topics are co-partitioned by case id, so a\n")
                .append("# change means new topics, never more partitions on these.\n");
        for (TopicSpec topic : topics) {
            out.append("---\n")
                    .append("# ").append(topic.name()).append(": ").append(oneLine(topic.description())).append('\n')
                    .append("apiVersion: kafka.strimzi.io/v1\n")
                    .append("kind: KafkaTopic\n")
                    .append("metadata:\n")
                    .append("  name: ").append(resourceName(topic.name())).append('\n')
                    .append("  labels:\n")
                    .append("    strimzi.io/cluster: ").append(KAFKA_CLUSTER).append('\n')
                    .append("    app.kubernetes.io/part-of: aftersales\n")
                    .append("    aftersales.marketplace.com/topic-kind: ").append(kindLabel(topic.kind())).append('\n')
                    .append("    aftersales.marketplace.com/writer: ").append(topic.writer().serviceName()).append('\n')
                    .append("spec:\n")
                    .append("  topicName: ").append(topic.name()).append('\n')
                    .append("  partitions: ").append(topic.partitions()).append('\n')
                    .append("  replicas: ").append(PRODUCTION_REPLICAS).append('\n')
                    .append("  config:\n");
            productionConfig(topic).forEach((key, value) ->
                    out.append("    ").append(key).append(": \"").append(value).append("\"\n"));
        }
        return out.toString();
    }

    /** A POSIX shell script creating every topic that does not exist yet. */
    public static String createScript(List<TopicSpec> topics) {
        StringBuilder out = new StringBuilder();
        out.append("#!/bin/sh\n")
                .append("# GENERATED from the topic catalogue (contracts: Topics.all()) by\n")
                .append("# com.marketplace.aftersales.deploy.TopicManifests. Do not edit by hand: change the catalogue, then run\n")
                .append("#   ").append(REGENERATE).append('\n')
                .append("#\n")
                .append("# Creates every topic of the suite that does not exist yet. Running it again is harmless, but note that\n")
                .append("# --if-not-exists never changes a topic that already exists (partitions, configuration): alter those with\n")
                .append("# kafka-configs.sh, or recreate them on an empty cluster.\n")
                .append("#\n")
                .append("# Environment:\n")
                .append("#   KAFKA_BOOTSTRAP_SERVERS     broker to talk to                 (default kafka:9092, the Compose broker)\n")
                .append("#   TOPIC_REPLICATION_FACTOR    replicas of each partition        (default 1 for one broker; production: ")
                .append(PRODUCTION_REPLICAS).append(")\n")
                .append("#   TOPIC_MIN_INSYNC_REPLICAS   min.insync.replicas of each topic (default 1 for one broker; production: ")
                .append(PRODUCTION_MIN_INSYNC_REPLICAS).append(")\n")
                .append("#   KAFKA_TOPICS                the kafka-topics.sh tool          (default /opt/kafka/bin/kafka-topics.sh)\n")
                .append("set -eu\n\n")
                .append("BOOTSTRAP=\"${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}\"\n")
                .append("RF=\"${TOPIC_REPLICATION_FACTOR:-1}\"\n")
                .append("MIN_ISR=\"${TOPIC_MIN_INSYNC_REPLICAS:-1}\"\n")
                .append("KAFKA_TOPICS=\"${KAFKA_TOPICS:-/opt/kafka/bin/kafka-topics.sh}\"\n\n")
                .append("echo \"Creating ").append(topics.size())
                .append(" topics on $BOOTSTRAP (replication factor $RF, min.insync.replicas $MIN_ISR)\"\n");
        for (TopicSpec topic : topics) {
            out.append('\n')
                    .append("# ").append(topic.name()).append(" (").append(kindLabel(topic.kind())).append(", written by ")
                    .append(topic.writer().serviceName()).append("): ").append(oneLine(topic.description())).append('\n')
                    .append("\"$KAFKA_TOPICS\" --bootstrap-server \"$BOOTSTRAP\" --create --if-not-exists \\\n")
                    .append("  --topic ").append(topic.name()).append(" --partitions ").append(topic.partitions())
                    .append(" --replication-factor \"$RF\" \\\n")
                    .append("  --config min.insync.replicas=\"$MIN_ISR\"");
            new TreeMap<>(topic.config()).forEach((key, value) ->
                    out.append(" \\\n  --config ").append(shellWord(key + '=' + value)));
            out.append('\n');
        }
        out.append("\necho \"Topics are in place:\"\n")
                .append("\"$KAFKA_TOPICS\" --bootstrap-server \"$BOOTSTRAP\" --list\n");
        return out.toString();
    }

    /** The catalogue's configuration plus the durability setting production adds, sorted by key. */
    public static Map<String, String> productionConfig(TopicSpec topic) {
        Map<String, String> config = new TreeMap<>(topic.config());
        config.put("min.insync.replicas", String.valueOf(PRODUCTION_MIN_INSYNC_REPLICAS));
        return config;
    }

    /** A Kubernetes object name for a topic: {@code aftersales.case-view.dlt} becomes {@code aftersales-case-view-dlt}. */
    public static String resourceName(String topicName) {
        return topicName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    /** The word as it is when the shell would keep it whole, else in single quotes. */
    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9._,:=/+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    private static String kindLabel(TopicSpec.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
