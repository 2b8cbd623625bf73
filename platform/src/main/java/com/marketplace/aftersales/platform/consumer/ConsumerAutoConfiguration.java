package com.marketplace.aftersales.platform.consumer;

import io.r2dbc.spi.ConnectionFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import com.marketplace.aftersales.contracts.MalformedEventException;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.platform.PlatformProperties;
import com.marketplace.aftersales.platform.ServiceIdentity;
import com.marketplace.aftersales.platform.inbox.Inbox;
import com.marketplace.aftersales.platform.outbox.OutboxAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import com.marketplace.aftersales.platform.outbox.MessagingHealth;
import com.marketplace.aftersales.platform.outbox.OutboxRelay;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;
import com.marketplace.aftersales.platform.support.TransientFailures;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The consuming side, one policy for every service: {@code read_committed}, inbox de-duplication, a few retries with
 * backoff, then the service's dead-letter topic with the reason in headers, so the partition keeps moving.
 */
@ConditionalOnClass({ConnectionFactory.class, KafkaTemplate.class})
@AutoConfiguration(after = OutboxAutoConfiguration.class)
@ConditionalOnBean(Inbox.class)
public class ConsumerAutoConfiguration {

    @Bean
    InboundRouting inboundRouting(ObjectProvider<CaseEventHandler<?>> handlers,
                                  ObjectProvider<TopicRecordProcessor> processors, Inbox inbox,
                                  ReactiveTransactionManager transactionManager, MeterRegistry registry,
                                  ServiceIdentity identity, PlatformProperties properties) {
        ConsumerMetrics metrics = new ConsumerMetrics(registry);
        TransactionalOperator transactions = TransactionalOperator.create(transactionManager);
        return InboundRouting.of(handlers.orderedStream().toList(), processors.orderedStream().toList(),
                byType -> new CaseEventDispatcher(identity.name(), byType, inbox, transactions, metrics,
                        properties.consumer().handlerTimeout()));
    }

    @Bean
    KafkaTemplate<String, byte[]> deadLetterTemplate(KafkaProperties kafka, ServiceIdentity identity) {
        Map<String, Object> props = new HashMap<>(kafka.buildProducerProperties());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, identity.name() + "-dead-letters");
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(props, new StringSerializer(),
                new ByteArraySerializer()));
    }

    @Bean
    DefaultErrorHandler inboundErrorHandler(KafkaTemplate<String, byte[]> deadLetterTemplate,
                                            ServiceIdentity identity, PlatformProperties properties,
                                            MeterRegistry registry) {
        String deadLetterTopic = Topics.deadLetter(identity.component()).name();
        ConsumerMetrics metrics = new ConsumerMetrics(registry);
        // Partition -1: let the producer pick, the dead-letter topic has fewer partitions than the sources.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, failure) -> {
                    metrics.deadLettered(record.topic());
                    return new TopicPartition(deadLetterTopic, -1);
                });
        recoverer.setHeadersFunction((record, failure) -> {
            RecordHeaders headers = new RecordHeaders();
            headers.add(DeadLetterHeaders.REASON, DeadLetterHeaders.reasonOf(failure).getBytes(StandardCharsets.UTF_8));
            headers.add(DeadLetterHeaders.SERVICE, identity.name().getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        PlatformProperties.Consumer config = properties.consumer();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(config.retries());
        backOff.setInitialInterval(config.initialBackoff().toMillis());
        backOff.setMultiplier(2);
        backOff.setMaxInterval(config.maxBackoff().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class, NonRetryableRecordException.class);
        // A database that is away (failover, restart) or a lock held too long is not the record's fault: wait for it,
        // however long, instead of parking every record that arrives meanwhile. The partition pauses (order kept);
        // consumer lag shows it. A failure of another kind starts the normal count again.
        ExponentialBackOff patience = new ExponentialBackOff(config.initialBackoff().toMillis(), 2.0);
        patience.setMaxInterval(config.infrastructureMaxBackoff().toMillis());
        handler.setBackOffFunction((record, failure) -> TransientFailures.isTransient(failure) ? patience : null);
        handler.setResetStateOnExceptionChange(true);
        return handler;
    }

    @Bean
    InboundConsumer inboundConsumer(InboundRouting routing, KafkaProperties kafka, ServiceIdentity identity,
                                    DefaultErrorHandler inboundErrorHandler, PlatformProperties properties,
                                    MeterRegistry registry) {
        return new InboundConsumer(routing, identity.name(), consumerProperties(kafka), inboundErrorHandler,
                properties.consumer().concurrency(), registry);
    }

    @Bean
    MessagingHealth messagingHealthIndicator(ObjectProvider<OutboxRelay> relay, InboundConsumer consumer) {
        return new MessagingHealth(Optional.ofNullable(relay.getIfAvailable()), Optional.of(consumer));
    }

    @Bean
    DeadLetterReplayer deadLetterReplayer(InboundRouting routing, KafkaProperties kafka, ServiceIdentity identity,
                                          KafkaTemplate<String, byte[]> deadLetterTemplate,
                                          PlatformProperties properties) {
        return new DeadLetterReplayer(Topics.deadLetter(identity.component()).name(), identity.name(),
                consumerProperties(kafka), routing, deadLetterTemplate, properties.consumer().replayTimeout());
    }

    @Bean
    DeadLetterReplayEndpoint deadLetterReplayEndpoint(DeadLetterReplayer replayer) {
        return new DeadLetterReplayEndpoint(replayer);
    }

    private static Map<String, Object> consumerProperties(KafkaProperties kafka) {
        Map<String, Object> props = new HashMap<>(kafka.buildConsumerProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Records are handled one by one against the database; a small poll keeps a slow database from stretching a
        // poll past max.poll.interval.ms (which would cost the partitions and redo the batch).
        props.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
        return props;
    }

}
