package com.marketplace.aftersales.contracts;

/**
 * Kafka header names of the CloudEvents Kafka protocol binding. Consumers route on {@code ce_type}, never on a Java
 * class name.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    /** The body is a whole CloudEvent (attributes and data), not just the data. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    /** W3C trace context of the request that caused the event, so a trace spans services. */
    public static final String TRACEPARENT = "traceparent";

    private CloudEventHeaders() {
    }
}
