package com.marketplace.aftersales.platform.consumer;

/** Whether the service's consumer group member is running (or has nothing to consume). */
public interface InboundConsumerStatus {

    boolean isConsuming();
}
