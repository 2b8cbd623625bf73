package com.marketplace.aftersales.gateway;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The client for the gateway's own calls to the backends (the case's current ETag, the services' API descriptions),
 * as opposed to the routed traffic: observed, so each call continues the request's trace.
 */
@Configuration(proxyBeanMethods = false)
public class BackendWebClient {

    /** The API descriptions are the largest answers read whole; 8 MB is far above any of them. */
    static final int MAX_ANSWER_BYTES = 8 * 1024 * 1024;

    @Bean
    WebClient backendCalls(ObservationRegistry observations) {
        return WebClient.builder()
                .observationRegistry(observations)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_ANSWER_BYTES))
                .build();
    }
}
