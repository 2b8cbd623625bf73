package com.marketplace.aftersales.gateway.bodylimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code aftersales.gateway.body-limits.*}: the largest request body the gateway passes on. A route may set its own
 * in its metadata ({@value BodyLimitFilter#ROUTE_METADATA}); the evidence upload route uses {@code upload-max}.
 *
 * @param defaultMax every route without its own limit (commands are small JSON documents)
 * @param uploadMax  evidence uploads: the largest file intake accepts (videos, 50 MB) plus room for the multipart
 *                   framing around it; intake checks each file against the limit for its type
 */
@ConfigurationProperties("aftersales.gateway.body-limits")
public record BodyLimitProperties(DataSize defaultMax, DataSize uploadMax) {

    public BodyLimitProperties {
        defaultMax = defaultMax == null ? DataSize.ofMegabytes(1) : defaultMax;
        uploadMax = uploadMax == null ? DataSize.ofMegabytes(51) : uploadMax;
    }
}
