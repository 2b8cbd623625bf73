package com.marketplace.aftersales.slamonitor.clocks;

import com.marketplace.aftersales.contracts.CloudEventHeaders;
import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Output records of {@code aftersales.sla.v1} as every writer of the suite publishes them: the structured CloudEvent
 * as the body, its attributes again as {@code ce_*} headers, key = case id, timestamp = the event's time.
 */
final class SlaRecords {

    private SlaRecords() {
    }

    /** @param traceparent of the input that caused the event, so a trace continues through the monitor; or null */
    static Record<String, EventEnvelope<CaseEvent>> of(Emitted emitted, String traceparent) {
        EventEnvelope<CaseEvent> envelope =
                EventEnvelope.of(emitted.event(), Component.SLA_MONITOR, emitted.id(), emitted.time());
        Headers headers = new RecordHeaders();
        add(headers, CloudEventHeaders.ID, envelope.id());
        add(headers, CloudEventHeaders.TYPE, envelope.type());
        add(headers, CloudEventHeaders.SOURCE, envelope.source());
        add(headers, CloudEventHeaders.SPEC_VERSION, envelope.specversion());
        add(headers, CloudEventHeaders.TIME, envelope.time().toString());
        add(headers, CloudEventHeaders.SUBJECT, envelope.subject());
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.STRUCTURED_CONTENT_TYPE);
        if (traceparent != null) {
            add(headers, CloudEventHeaders.TRACEPARENT, traceparent);
        }
        return new Record<>(envelope.subject(), envelope, emitted.time().toEpochMilli(), headers);
    }

    static String traceparentOf(Headers headers) {
        Header header = headers == null ? null : headers.lastHeader(CloudEventHeaders.TRACEPARENT);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
