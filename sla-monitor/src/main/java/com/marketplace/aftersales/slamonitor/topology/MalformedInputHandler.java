package com.marketplace.aftersales.slamonitor.topology;

import com.marketplace.aftersales.slamonitor.clocks.SlaMetrics;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * A record that is not an event at all (not JSON, no type, no case id) is logged with its topic, partition and offset,
 * counted ({@code aftersales.sla.input.skipped{reason=malformed}}), copied to the monitor's dead-letter topic with
 * Kafka Streams' error headers, and skipped: one poison record must not stop every deadline of its partition.
 */
public final class MalformedInputHandler extends LogAndContinueExceptionHandler {

    /** Streams configuration key under which the topology's {@link SlaMetrics} reach this handler. */
    public static final String METRICS_CONFIG = "aftersales.sla.metrics";

    private SlaMetrics metrics;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        if (configs.get(METRICS_CONFIG) instanceof SlaMetrics configured) {
            metrics = configured;
        }
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                Exception exception) {
        if (metrics != null) {
            metrics.skipped("malformed");
        }
        return super.handleError(context, record, exception);
    }
}
