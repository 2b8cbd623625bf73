package com.marketplace.aftersales.fulfillment.replacements;

import com.marketplace.aftersales.fulfillment.FulfillmentProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.CodecException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The carriers' tracking API (contracts §5), {@code GET {carriers}/tracking/{carrier}/{waybillNo}}, behind the
 * {@code carriers} time limiter, circuit breaker and retry (configured under {@code resilience4j.*}). A look is a
 * read, so every transient failure may be retried; a waybill the carrier does not know (404) is an answer, not a
 * failure.
 */
@Component
class CarrierClient {

    static final String RESILIENCE_INSTANCE = "carriers";
    private static final Logger log = LoggerFactory.getLogger(CarrierClient.class);
    private static final String DELIVERED = "DELIVERED";

    private final WebClient web;
    private final TimeLimiter timeLimiter;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final ReplacementMetrics metrics;

    CarrierClient(WebClient.Builder builder, FulfillmentProperties properties, TimeLimiterRegistry timeLimiters,
                  CircuitBreakerRegistry circuitBreakers, RetryRegistry retries, ReplacementMetrics metrics) {
        FulfillmentProperties.Carriers config = properties.carriers();
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.connectTimeout().toMillis());
        // Other companies' API: read it tolerantly (new fields must not break us), unlike our own strict HTTP API.
        JsonMapper tolerant = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        this.web = builder.clone()
                .baseUrl(config.baseUrl().toString())
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(tolerant)))
                .build();
        this.timeLimiter = timeLimiters.timeLimiter(RESILIENCE_INSTANCE);
        this.circuitBreaker = circuitBreakers.circuitBreaker(RESILIENCE_INSTANCE);
        this.retry = retries.retry(RESILIENCE_INSTANCE);
        this.metrics = metrics;
    }

    /** Where the parcel is, as far as its carrier knows. */
    Mono<TrackingAnswer> track(String carrier, String waybillNo) {
        Mono<TrackingAnswer> attempt = web.get().uri("/tracking/{carrier}/{waybillNo}", carrier, waybillNo)
                .exchangeToMono(CarrierClient::read);
        return attempt
                .onErrorMap(WebClientRequestException.class, e -> new CarrierUnavailable("connection_error",
                        "The carrier's tracking cannot be reached: " + e.getMostSpecificCause().getMessage(), e))
                .onErrorMap(CodecException.class, e -> new CarrierUnavailable("server_error",
                        "The carrier's tracking answer cannot be read: " + e.getMessage(), e))
                .doOnNext(answer -> metrics.call(outcomeOf(answer)))
                .doOnError(CarrierUnavailable.class, e -> metrics.call(e.kind()))
                .transformDeferred(TimeLimiterOperator.of(timeLimiter))
                .doOnError(TimeoutException.class, e -> metrics.call("timeout"))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                .doOnError(CallNotPermittedException.class, e -> metrics.call("circuit_open"))
                .transformDeferred(RetryOperator.of(retry))
                .onErrorResume(e -> Mono.just(unavailable(e)));
    }

    /**
     * The longest one resilient look can take: every attempt running into the time limit, plus the waits between
     * attempts. A tracker's lease on a shipment must outlast it.
     */
    Duration worstCaseDuration() {
        int attempts = retry.getRetryConfig().getMaxAttempts();
        Duration total = timeLimiter.getTimeLimiterConfig().getTimeoutDuration().multipliedBy(attempts);
        for (int attempt = 1; attempt < attempts; attempt++) {
            total = total.plusMillis(retry.getRetryConfig().getIntervalBiFunction()
                    .apply(attempt, Either.left(new TimeoutException())));
        }
        return total;
    }

    private static Mono<TrackingAnswer> read(ClientResponse response) {
        HttpStatusCode status = response.statusCode();
        if (status.is2xxSuccessful()) {
            return response.bodyToMono(CarrierTracking.class)
                    .switchIfEmpty(Mono.error(() -> new CarrierUnavailable("server_error",
                            "The carrier answered " + status.value() + " without a body", null)))
                    .map(CarrierTracking::toAnswer);
        }
        if (status.value() == 404) {
            return response.releaseBody().thenReturn(new TrackingAnswer.UnknownWaybill());
        }
        // Anything else (5xx, 408, 429, and a 4xx, which a plain read should never get) is the carrier's trouble.
        return response.releaseBody().then(Mono.error(new CarrierUnavailable("server_error",
                "The carrier's tracking answered " + status.value(), null)));
    }

    private static TrackingAnswer unavailable(Throwable e) {
        if (e instanceof TimeoutException) {
            return new TrackingAnswer.Unavailable("The carrier's tracking did not answer in time");
        }
        if (e instanceof CallNotPermittedException) {
            return new TrackingAnswer.Unavailable("The carriers circuit breaker is open");
        }
        if (e instanceof CarrierUnavailable) {
            return new TrackingAnswer.Unavailable(e.getMessage());
        }
        log.warn("Unexpected failure calling the carrier's tracking", e);
        return new TrackingAnswer.Unavailable("Unexpected failure: " + e);
    }

    private static String outcomeOf(TrackingAnswer answer) {
        if (answer instanceof TrackingAnswer.Delivered) {
            return "delivered";
        }
        return answer instanceof TrackingAnswer.UnknownWaybill ? "not_found" : "in_transit";
    }

    /** The carrier's answer; fields we do not use are ignored. */
    record CarrierTracking(String carrier, String waybillNo, List<Event> events) {

        record Event(String at, String status, String location) {
        }

        TrackingAnswer toAnswer() {
            if (events == null || events.isEmpty()) {
                return new TrackingAnswer.InTransit(null);
            }
            if (events.stream().anyMatch(event -> DELIVERED.equals(event.status()))) {
                return new TrackingAnswer.Delivered();
            }
            return new TrackingAnswer.InTransit(events.get(events.size() - 1).status());
        }
    }
}
