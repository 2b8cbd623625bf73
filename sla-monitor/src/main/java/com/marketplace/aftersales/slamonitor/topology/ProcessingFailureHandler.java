package com.marketplace.aftersales.slamonitor.topology;

import com.marketplace.aftersales.slamonitor.clocks.SlaMetrics;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when applying an input record throws (a bug, or state written by a version this one cannot read):
 * the record is logged with its topic, partition and offset, counted
 * ({@code aftersales.sla.processing.failed{stage=record}}), copied to {@code aftersales.sla-monitor.dlt} with Kafka
 * Streams' {@code __streams.errors.*} headers (exception, message, stack trace, source topic, partition, offset) for a
 * replay after the fix, and skipped. The partition goes on: without this, one such record killed the stream thread, the
 * client shut down, and after the restart the same record killed it again, so no deadline of any case was watched.
 *
 * <p>The processor decides before it writes, so a skipped record leaves no half-applied state. Kafka Streams' own
 * failures (a store that cannot be written, a lost transaction) are not a bad record and still stop the client.
 * Punctuation failures are handled inside the punctuation, per timer (see {@code ClockProcessor}); one that still
 * reaches this handler is logged, counted ({@code stage=punctuation}) and the punctuation is retried next interval.
 */
public final class ProcessingFailureHandler implements ProcessingExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProcessingFailureHandler.class);

    private final LogAndContinueProcessingExceptionHandler skipAndPark = new LogAndContinueProcessingExceptionHandler();
    private SlaMetrics metrics;

    @Override
    public void configure(Map<String, ?> configs) {
        skipAndPark.configure(configs);
        if (configs.get(MalformedInputHandler.METRICS_CONFIG) instanceof SlaMetrics configured) {
            metrics = configured;
        }
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (exception instanceof StreamsException) {
            log.error("Kafka Streams failed in {} of task {}; stopping", context.processorNodeId(), context.taskId(),
                    exception);
            return Response.fail();
        }
        boolean punctuation = record == null || context.topic() == null;
        if (metrics != null) {
            metrics.processingFailed(punctuation ? "punctuation" : "record");
        }
        if (punctuation) {
            log.error("A punctuation of task {} failed; it runs again at the next interval", context.taskId(),
                    exception);
            return Response.resume();
        }
        return skipAndPark.handleError(context, record, exception);
    }
}
