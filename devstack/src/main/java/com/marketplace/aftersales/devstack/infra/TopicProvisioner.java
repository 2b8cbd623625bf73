package com.marketplace.aftersales.devstack.infra;

import com.marketplace.aftersales.contracts.TopicSpec;
import com.marketplace.aftersales.contracts.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the topics of the catalogue that do not exist yet, and checks the partition count of those that do. */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private TopicProvisioner() {
    }

    /** @return the names of the topics it created */
    public static List<String> createMissing(String bootstrapServers, short replicationFactor) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec topic : Topics.all()) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), topic.partitions(), replicationFactor)
                            .configs(topic.config()));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
            Map<String, TopicDescription> described = admin.describeTopics(
                    Topics.all().stream().map(TopicSpec::name).toList()).allTopicNames().get();
            for (TopicSpec topic : Topics.all()) {
                int actual = described.get(topic.name()).partitions().size();
                if (actual != topic.partitions()) {
                    throw new IllegalStateException(topic.name() + " has " + actual + " partitions, the catalogue says "
                            + topic.partitions() + "; recreate it (the key-to-partition mapping depends on it)");
                }
            }
            List<String> created = missing.stream().map(NewTopic::name).toList();
            if (!created.isEmpty()) {
                log.info("Created topics {}", created);
            }
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not create the catalogue's topics: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }
}
