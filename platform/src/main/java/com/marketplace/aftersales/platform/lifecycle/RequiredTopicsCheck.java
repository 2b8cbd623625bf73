package com.marketplace.aftersales.platform.lifecycle;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Broker auto-create is off everywhere: a service whose topics are missing would otherwise start and then fail on
 * every send and poll. It fails at start instead, naming the missing topics and where they come from.
 */
public class RequiredTopicsCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RequiredTopicsCheck.class);

    private final Map<String, Object> adminProperties;
    private final java.util.function.Supplier<Collection<String>> requiredTopics;
    private final Duration timeout;

    public RequiredTopicsCheck(Map<String, Object> adminProperties,
                               java.util.function.Supplier<Collection<String>> requiredTopics, Duration timeout) {
        this.adminProperties = adminProperties;
        this.requiredTopics = requiredTopics;
        this.timeout = timeout;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Set<String> required = new TreeSet<>(requiredTopics.get());
        if (required.isEmpty()) {
            return;
        }
        Properties props = new Properties();
        props.putAll(adminProperties);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<String> missing = required.stream().filter(t -> !existing.contains(t)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Kafka topics missing: " + missing + ". Topics are never auto-created;"
                        + " create them from the catalogue (./aftersales up does locally, deploy/kubernetes/topics in"
                        + " a cluster).");
            }
            log.info("All {} topics this service reads or writes exist", required.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking Kafka topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka is not reachable at " + adminProperties.get("bootstrap.servers")
                    + " to check this service's topics: " + e, e);
        }
    }
}
