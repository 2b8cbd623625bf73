package com.marketplace.aftersales.intake.withdrawal;

import com.marketplace.aftersales.intake.IntakeProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelOption;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.springframework.core.codec.CodecException;
import org.springframework.http.HttpHeaders;
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
 * Asks fulfillment whether the customer may withdraw a case ({@code POST /internal/cases/{caseId}/withdrawal}), with
 * the customer's own token, behind the {@code fulfillment} time limiter and circuit breaker
 * ({@code resilience4j.*}). No retry here: the answer decides what the customer is told, and the customer's app
 * repeats a withdrawal that could not be decided (fulfillment's answer is idempotent).
 */
@Component
class FulfillmentClient {

    static final String RESILIENCE_INSTANCE = "fulfillment";
    static final String CALLS_METRIC = "aftersales.intake.fulfillment.calls";

    /** What fulfillment answered about a withdrawal. */
    sealed interface Answer {
        /** The withdrawal stands; fulfillment cancelled its execution, or will not start one. */
        record Agreed(String execution) implements Answer {
        }

        /** Goods or money have moved: the case stays. */
        record Refused(String currentStatus, String detail) implements Answer {
        }

        /** No answer (down, too slow, circuit open): nothing is known, nothing was decided here. */
        record Unavailable(String reason) implements Answer {
        }

        /** An answer intake does not expect (a 4xx other than 409): a fault between the services, not the customer's. */
        record Unexpected(int httpStatus) implements Answer {
        }
    }

    private final WebClient web;
    private final TimeLimiter timeLimiter;
    private final CircuitBreaker circuitBreaker;
    private final MeterRegistry meters;

    FulfillmentClient(WebClient.Builder builder, IntakeProperties properties, TimeLimiterRegistry timeLimiters,
                      CircuitBreakerRegistry circuitBreakers, MeterRegistry meters) {
        IntakeProperties.Fulfillment config = properties.fulfillment();
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.connectTimeout().toMillis());
        // Problem documents carry fields intake does not read (type, title, instance …): read them tolerantly.
        JsonMapper tolerant = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.web = builder.clone()
                .baseUrl(config.baseUrl().toString())
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(tolerant)))
                .build();
        this.timeLimiter = timeLimiters.timeLimiter(RESILIENCE_INSTANCE);
        this.circuitBreaker = circuitBreakers.circuitBreaker(RESILIENCE_INSTANCE);
        this.meters = meters;
    }

    /** @param authorization the customer's {@code Authorization} header, forwarded as it came */
    Mono<Answer> askToWithdraw(UUID caseId, String authorization) {
        return web.post().uri("/internal/cases/{caseId}/withdrawal", caseId)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .exchangeToMono(FulfillmentClient::read)
                .onErrorMap(WebClientRequestException.class, e -> new FulfillmentUnavailable("connection_error",
                        "Fulfillment cannot be reached: " + e.getMostSpecificCause().getMessage(), e))
                .onErrorMap(CodecException.class, e -> new FulfillmentUnavailable("server_error",
                        "Fulfillment's answer cannot be read: " + e.getMessage(), e))
                .transformDeferred(TimeLimiterOperator.of(timeLimiter))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                .onErrorResume(FulfillmentClient::unavailable)
                .doOnNext(this::count);
    }

    private static Mono<Answer> read(ClientResponse response) {
        HttpStatusCode status = response.statusCode();
        if (status.is2xxSuccessful()) {
            return response.bodyToMono(Accepted.class)
                    .switchIfEmpty(Mono.error(() -> new FulfillmentUnavailable("server_error",
                            "Fulfillment answered " + status.value() + " without a body", null)))
                    .map(accepted -> new Answer.Agreed(accepted.execution()));
        }
        if (status.value() == 409) {
            return response.bodyToMono(Refusal.class)
                    .defaultIfEmpty(new Refusal(null, null))
                    .map(refusal -> new Answer.Refused(refusal.currentStatus(), refusal.detail()));
        }
        if (status.is5xxServerError() || status.value() == 408 || status.value() == 429) {
            return response.releaseBody().then(Mono.error(new FulfillmentUnavailable("server_error",
                    "Fulfillment answered " + status.value(), null)));
        }
        return response.releaseBody().thenReturn(new Answer.Unexpected(status.value()));
    }

    private static Mono<Answer> unavailable(Throwable e) {
        if (e instanceof TimeoutException) {
            return Mono.just(new Answer.Unavailable("timeout"));
        }
        if (e instanceof CallNotPermittedException) {
            return Mono.just(new Answer.Unavailable("circuit_open"));
        }
        if (e instanceof FulfillmentUnavailable unavailable) {
            return Mono.just(new Answer.Unavailable(unavailable.kind()));
        }
        return Mono.error(e);
    }

    private void count(Answer answer) {
        String outcome;
        if (answer instanceof Answer.Agreed) {
            outcome = "agreed";
        } else if (answer instanceof Answer.Refused) {
            outcome = "refused";
        } else if (answer instanceof Answer.Unavailable unavailable) {
            outcome = unavailable.reason();
        } else {
            outcome = "unexpected";
        }
        Counter.builder(CALLS_METRIC).tag("outcome", outcome)
                .description("Withdrawal checks with fulfillment, by outcome")
                .register(meters).increment();
    }

    /** Fulfillment's {@code 200}; fields intake does not use are ignored. */
    record Accepted(UUID caseId, String execution) {
    }

    /** Fulfillment's {@code 409} problem. */
    record Refusal(String currentStatus, String detail) {
    }
}
