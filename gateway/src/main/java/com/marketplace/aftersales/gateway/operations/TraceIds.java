package com.marketplace.aftersales.gateway.operations;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/** The trace of a request, from the server observation WebFlux starts before any filter runs. */
final class TraceIds {

    private TraceIds() {
    }

    /** The trace id, or {@code null} when there is no tracing. */
    static String of(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingObservationHandler.TracingContext>get(
                        TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan)
                .map(Span::context)
                .map(context -> context.traceId())
                .filter(id -> !id.isBlank())
                .orElse(null);
    }
}
