package com.marketplace.aftersales.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Sends a request the way the mobile app does when the gateway says {@code 429}: waits (its {@code Retry-After} is whole
 * seconds) and sends it again. For tests that send hundreds of requests from one address within seconds, more than the
 * gateway lets one address send, and that check what the services answer, not the rate limit
 * ({@link ResilienceSystemIT} checks that).
 */
final class AsTheAppWould {

    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(1);

    private AsTheAppWould() {
    }

    /** {@code request} builds the request anew for each attempt (a body publisher is read once). */
    static <T> HttpResponse<T> send(HttpClient http, Supplier<HttpRequest> request, HttpResponse.BodyHandler<T> body) {
        AtomicReference<HttpResponse<T>> answer = new AtomicReference<>();
        await().atMost(GIVE_UP_AFTER).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1)).until(() -> {
            answer.set(once(http, request.get(), body));
            return answer.get().statusCode() != 429;
        });
        return answer.get();
    }

    private static <T> HttpResponse<T> once(HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
