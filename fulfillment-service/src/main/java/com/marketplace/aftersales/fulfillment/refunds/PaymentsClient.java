package com.marketplace.aftersales.fulfillment.refunds;

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
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.CodecException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment provider's refund API (contracts §5) behind the {@code payments} time limiter, circuit breaker and
 * retry (configured under {@code resilience4j.*}). Each attempt is time-limited and counted by the circuit breaker;
 * only transient failures (5xx, timeouts, connection errors) are retried, never a 4xx. Repeating a POST is safe
 * because the provider never pays one idempotency key twice.
 */
@Component
class PaymentsClient {

    static final String RESILIENCE_INSTANCE = "payments";
    private static final Logger log = LoggerFactory.getLogger(PaymentsClient.class);
    private static final int MAX_DETAIL = 300;

    private final WebClient web;
    private final TimeLimiter timeLimiter;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final MoneyMetrics metrics;

    PaymentsClient(WebClient.Builder builder, FulfillmentProperties properties, TimeLimiterRegistry timeLimiters,
                   CircuitBreakerRegistry circuitBreakers, RetryRegistry retries, MoneyMetrics metrics) {
        FulfillmentProperties.Payments config = properties.payments();
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.connectTimeout().toMillis());
        // Another team's API: read it tolerantly (new fields must not break us), unlike our own strict HTTP API.
        JsonMapper tolerant = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        this.web = builder.clone()
                .baseUrl(config.baseUrl().toString())
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> {
                    codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(tolerant));
                    codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(tolerant));
                })
                .build();
        this.timeLimiter = timeLimiters.timeLimiter(RESILIENCE_INSTANCE);
        this.circuitBreaker = circuitBreakers.circuitBreaker(RESILIENCE_INSTANCE);
        this.retry = retries.retry(RESILIENCE_INSTANCE);
        this.metrics = metrics;
    }

    /** {@code POST /refunds}: pays the refund, or answers the existing refund of the same key. */
    Mono<ProviderAnswer> requestRefund(RefundInstruction instruction) {
        Mono<ProviderAnswer> attempt = web.post().uri("/refunds")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(instruction)
                .exchangeToMono(response -> read(response, false));
        return resilient("request", attempt);
    }

    /** {@code GET /refunds/{idempotencyKey}}: how the refund of that key stands. */
    Mono<ProviderAnswer> lookUp(String idempotencyKey) {
        Mono<ProviderAnswer> attempt = web.get().uri("/refunds/{key}", idempotencyKey)
                .exchangeToMono(response -> read(response, true));
        return resilient("lookup", attempt);
    }

    /**
     * The longest one resilient call can take: every attempt running into the time limit, plus the waits between
     * attempts. A worker's lease on a refund must outlast it.
     */
    Duration worstCaseDuration() {
        int attempts = retry.getRetryConfig().getMaxAttempts();
        Duration total = timeLimiter.getTimeLimiterConfig().getTimeoutDuration().multipliedBy(attempts);
        for (int attempt = 1; attempt < attempts; attempt++) {
            long waitMillis = retry.getRetryConfig().getIntervalBiFunction()
                    .apply(attempt, Either.left(new TimeoutException()));
            total = total.plusMillis(waitMillis);
        }
        return total;
    }

    private Mono<ProviderAnswer> resilient(String operation, Mono<ProviderAnswer> attempt) {
        return attempt
                .onErrorMap(WebClientRequestException.class, e -> new PaymentProviderUnavailable("connection_error",
                        "The payment provider cannot be reached: " + e.getMostSpecificCause().getMessage(), e))
                .onErrorMap(CodecException.class, e -> new PaymentProviderUnavailable("server_error",
                        "The payment provider's answer cannot be read: " + e.getMessage(), e))
                .doOnNext(answer -> metrics.call(operation, outcomeOf(answer)))
                .doOnError(PaymentProviderUnavailable.class, e -> metrics.call(operation, e.kind()))
                .transformDeferred(TimeLimiterOperator.of(timeLimiter))
                .doOnError(TimeoutException.class, e -> metrics.call(operation, "timeout"))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                .doOnError(CallNotPermittedException.class, e -> metrics.call(operation, "circuit_open"))
                .transformDeferred(RetryOperator.of(retry))
                .onErrorResume(e -> Mono.just(unavailable(e)));
    }

    private static Mono<ProviderAnswer> read(ClientResponse response, boolean lookup) {
        HttpStatusCode status = response.statusCode();
        if (status.is2xxSuccessful()) {
            return response.bodyToMono(ProviderRefund.class)
                    .switchIfEmpty(Mono.error(() -> new PaymentProviderUnavailable("server_error",
                            "The payment provider answered " + status.value() + " without a body", null)))
                    .map(ProviderRefund::toAnswer);
        }
        if (lookup && status.value() == 404) {
            return response.releaseBody().thenReturn(new ProviderAnswer.Unknown());
        }
        Mono<String> detail = response.bodyToMono(String.class).defaultIfEmpty("").map(PaymentsClient::shorten);
        if (status.is5xxServerError() || status.value() == 408 || status.value() == 429) {
            return detail.flatMap(text -> Mono.error(new PaymentProviderUnavailable("server_error",
                    "The payment provider answered " + status.value() + ": " + text, null)));
        }
        return detail.map(text -> new ProviderAnswer.Rejected(status.value(), text));
    }

    private static ProviderAnswer unavailable(Throwable e) {
        if (e instanceof TimeoutException) {
            return new ProviderAnswer.Unavailable("The payment provider did not answer in time");
        }
        if (e instanceof CallNotPermittedException) {
            return new ProviderAnswer.Unavailable("The payments circuit breaker is open");
        }
        if (e instanceof PaymentProviderUnavailable) {
            return new ProviderAnswer.Unavailable(e.getMessage());
        }
        log.warn("Unexpected failure calling the payment provider", e);
        return new ProviderAnswer.Unavailable("Unexpected failure: " + e);
    }

    private static String outcomeOf(ProviderAnswer answer) {
        if (answer instanceof ProviderAnswer.Succeeded) {
            return "succeeded";
        }
        if (answer instanceof ProviderAnswer.Pending) {
            return "pending";
        }
        if (answer instanceof ProviderAnswer.Declined) {
            return "declined";
        }
        if (answer instanceof ProviderAnswer.Unknown) {
            return "not_found";
        }
        return answer instanceof ProviderAnswer.Rejected ? "rejected" : "unavailable";
    }

    private static String shorten(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
    }

    /** The body of {@code POST /refunds}; the amount is a decimal string, as every amount on the wire. */
    record RefundInstruction(String idempotencyKey, String orderId, String amount, String currency, String route) {
    }

    /** The provider's answer; fields we do not use are ignored. */
    record ProviderRefund(String refundId, String status, String failureReason) {

        ProviderAnswer toAnswer() {
            if (status == null) {
                throw new PaymentProviderUnavailable("server_error", "The payment provider's answer has no status",
                        null);
            }
            return switch (status) {
                case "SUCCEEDED" -> new ProviderAnswer.Succeeded(refundId);
                case "FAILED" -> new ProviderAnswer.Declined(refundId,
                        failureReason == null || failureReason.isBlank() ? "declined by the provider" : failureReason);
                // PENDING, and any status newer than this client: not final, look it up again later.
                default -> new ProviderAnswer.Pending(refundId);
            };
        }
    }
}
