package com.marketplace.aftersales.platform.consumer;

import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;

/**
 * The service's one consumer group: subscribed to every topic it has handlers for, records processed one at a time
 * per partition, offsets committed after processing. Starts last and stops first, so no record is taken while the
 * service cannot finish it.
 */
class InboundConsumer implements SmartLifecycle, InboundConsumerStatus {

    private final InboundRouting routing;
    private final ConcurrentMessageListenerContainer<String, byte[]> container;

    InboundConsumer(InboundRouting routing, String groupId, Map<String, Object> consumerProperties,
                    CommonErrorHandler errorHandler, int concurrency, MeterRegistry registry) {
        this.routing = routing;
        if (routing.isEmpty()) {
            this.container = null;
            return;
        }
        ContainerProperties properties = new ContainerProperties(routing.topics().toArray(String[]::new));
        properties.setGroupId(groupId);
        properties.setClientId(groupId);
        properties.setObservationEnabled(true);
        properties.setAckMode(ContainerProperties.AckMode.BATCH);
        properties.setMessageListener((MessageListener<String, byte[]>) record -> routing.process(record.topic(), record));
        DefaultKafkaConsumerFactory<String, byte[]> factory = new DefaultKafkaConsumerFactory<>(consumerProperties,
                new StringDeserializer(), new ByteArrayDeserializer());
        // Consumer lag and fetch metrics (kafka_consumer_*) for the dashboards and the lag alert.
        factory.addListener(new MicrometerConsumerListener<>(registry));
        container = new ConcurrentMessageListenerContainer<>(factory, properties);
        container.setConcurrency(concurrency);
        container.setCommonErrorHandler(errorHandler);
        container.setBeanName(groupId + "-inbound");
    }

    @Override
    public void start() {
        if (container != null) {
            container.start();
        }
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return container != null && container.isRunning();
    }

    @Override
    public boolean isConsuming() {
        return container == null || container.isRunning();
    }

    InboundRouting routing() {
        return routing;
    }
}
