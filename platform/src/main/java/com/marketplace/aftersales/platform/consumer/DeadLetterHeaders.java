package com.marketplace.aftersales.platform.consumer;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Headers of a dead-lettered record. Besides spring-kafka's {@code kafka_dlt-*} headers (original topic, partition,
 * offset, exception class and message) each record carries a one-line reason and the service that parked it.
 */
public final class DeadLetterHeaders {

    public static final String REASON = "aftersales_dlt_reason";
    public static final String SERVICE = "aftersales_dlt_service";
    public static final String REPLAY_COUNT = "aftersales_dlt_replay_count";
    public static final String ORIGINAL_TOPIC = KafkaHeaders.DLT_ORIGINAL_TOPIC;
    public static final String ORIGINAL_PARTITION = KafkaHeaders.DLT_ORIGINAL_PARTITION;
    public static final String ORIGINAL_OFFSET = KafkaHeaders.DLT_ORIGINAL_OFFSET;

    private DeadLetterHeaders() {
    }

    /** The failure as one line: the first exception below the listener's wrappers, and its root cause. */
    static String reasonOf(Throwable failure) {
        Throwable reported = failure;
        while (reported instanceof ListenerExecutionFailedException && reported.getCause() != null) {
            reported = reported.getCause();
        }
        Throwable root = reported;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = describe(reported) + (root == reported ? "" : " (caused by " + describe(root) + ")");
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static int intValue(Headers headers, String name, int fallback) {
        Header header = headers.lastHeader(name);
        if (header == null) {
            return fallback;
        }
        byte[] value = header.value();
        // spring-kafka writes partition as a 4-byte int and offset as an 8-byte long
        if (value.length == 4) {
            return java.nio.ByteBuffer.wrap(value).getInt();
        }
        try {
            return Integer.parseInt(new String(value, StandardCharsets.UTF_8));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static long longValue(Headers headers, String name, long fallback) {
        Header header = headers.lastHeader(name);
        if (header == null) {
            return fallback;
        }
        byte[] value = header.value();
        return value.length == 8 ? java.nio.ByteBuffer.wrap(value).getLong() : fallback;
    }
}
