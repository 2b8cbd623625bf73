package com.marketplace.aftersales.platform.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Processes raw records of a topic that does not carry the suite's events (another team's topic). The processor is
 * responsible for its own idempotency. Failures follow the same policy as event handlers: bounded retries, then the
 * service's dead-letter topic.
 */
public interface TopicRecordProcessor {

    String topic();

    void process(ConsumerRecord<String, byte[]> record);
}
