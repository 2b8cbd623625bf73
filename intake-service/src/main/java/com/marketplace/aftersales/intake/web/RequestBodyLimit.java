package com.marketplace.aftersales.intake.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body the JSON endpoints read ({@code spring.http.codecs.max-in-memory-size}, set in
 * {@code application.yml}); a larger one is refused with {@code 413} as soon as the limit is passed. Evidence uploads
 * are streamed and have their own limits per type ({@code aftersales.intake.evidence.*}).
 */
@Component
public class RequestBodyLimit {

    private final DataSize limit;

    RequestBodyLimit(@Value("${spring.http.codecs.max-in-memory-size:256KB}") DataSize limit) {
        this.limit = limit;
    }

    public long bytes() {
        return limit.toBytes();
    }
}
