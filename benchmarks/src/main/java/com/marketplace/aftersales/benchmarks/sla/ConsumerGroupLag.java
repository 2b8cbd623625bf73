package com.marketplace.aftersales.benchmarks.sla;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Offsets through the Admin API: how far a consumer group is behind, and how many records topics hold. */
public final class ConsumerGroupLag implements AutoCloseable {

    private final Admin admin;

    public ConsumerGroupLag(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(props);
    }

    /** Records of {@code topics} the group has not committed yet (a partition it never committed counts whole). */
    public long lag(String groupId, Collection<String> topics) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> ends = endOffsets(topics);
            long lag = 0;
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                OffsetAndMetadata offset = committed.get(end.getKey());
                lag += Math.max(0, end.getValue() - (offset == null ? 0 : offset.offset()));
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the offsets of group " + groupId + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The sum of the end offsets of the topics' partitions (for compacted topics: an upper bound of their records). */
    public long records(Collection<String> topics) {
        try {
            return endOffsets(topics).values().stream().mapToLong(Long::longValue).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read offsets: " + e.getCause().getMessage(), e.getCause());
        }
    }

    public List<String> topicsStartingWith(String prefix) {
        try {
            return admin.listTopics().names().get().stream().filter(name -> name.startsWith(prefix)).sorted().toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not list topics: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private Map<TopicPartition, Long> endOffsets(Collection<String> topics)
            throws InterruptedException, ExecutionException {
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        described.values().forEach(topic -> topic.partitions().forEach(partition ->
                request.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = admin.listOffsets(request).all().get();
        Map<TopicPartition, Long> ends = new HashMap<>();
        offsets.forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    @Override
    public void close() {
        admin.close();
    }
}
