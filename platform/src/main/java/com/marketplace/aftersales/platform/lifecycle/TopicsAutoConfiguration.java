package com.marketplace.aftersales.platform.lifecycle;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import com.marketplace.aftersales.contracts.TopicSpec;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.platform.PlatformAutoConfiguration;
import com.marketplace.aftersales.platform.ServiceIdentity;
import com.marketplace.aftersales.platform.consumer.ConsumerAutoConfiguration;
import com.marketplace.aftersales.platform.consumer.InboundRouting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

/** Checks at start that every topic the service writes or reads exists. */
@ConditionalOnClass(KafkaProperties.class)
@AutoConfiguration(after = {PlatformAutoConfiguration.class, KafkaAutoConfiguration.class,
        ConsumerAutoConfiguration.class})
@ConditionalOnProperty(name = "aftersales.topics.verify-on-start", matchIfMissing = true)
public class TopicsAutoConfiguration {

    @Bean
    RequiredTopicsCheck requiredTopicsCheck(KafkaProperties kafka, ServiceIdentity identity,
                                            ObjectProvider<InboundRouting> routing,
                                            ObjectProvider<ExtraRequiredTopics> extra) {
        return new RequiredTopicsCheck(kafka.buildAdminProperties(), () -> {
            Collection<String> topics = new ArrayList<>();
            Topics.writtenBy(identity.component()).stream().map(TopicSpec::name).forEach(topics::add);
            routing.ifAvailable(r -> topics.addAll(r.topics()));
            extra.orderedStream().forEach(e -> topics.addAll(e.topics()));
            return topics;
        }, Duration.ofSeconds(30));
    }

    /** Topics a service reads outside the platform's consumer (a Kafka Streams topology, say). */
    public interface ExtraRequiredTopics {
        List<String> topics();
    }
}
