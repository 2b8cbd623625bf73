package com.marketplace.aftersales.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The gateway's limits: a caller who sends too much is slowed down, a backend that is down is answered for. */
@Order(10)
class ResilienceSystemIT {

    private final RunningSuite suite = RunningSuite.get();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCustomerSendingTooFastIsToldToWaitAndOthersAreNotAffected() {
        Journey noisy = new Journey(suite);
        Journey calm = new Journey(suite);

        // More than a customer's burst (40), less than what one address may send at once (100): every call of the
        // test comes from the same address, and the calm customer is only unaffected while that has room.
        List<HttpResponse<String>> burst = IntStream.range(0, 70)
                .mapToObj(i -> http.sendAsync(get("/api/v1/cases", noisy.customer), HttpResponse.BodyHandlers.ofString()))
                .toList().stream().map(CompletableFuture::join).toList();

        List<HttpResponse<String>> limited = burst.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(limited).isNotEmpty();
        assertThat(limited).allSatisfy(response -> {
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        });
        assertThat(burst).anyMatch(r -> r.statusCode() == 200);
        assertThat(http.sendAsync(get("/api/v1/cases", calm.customer), HttpResponse.BodyHandlers.ofString()).join()
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aBackendThatIsDownIsA503WithRetryAfter() throws Exception {
        long pid = suite.pidOf("feedback-service");
        new ProcessBuilder("kill", "-9", String.valueOf(pid)).inheritIO().start().waitFor();

        // Until the runner has it back, the gateway answers for it.
        HttpResponse<String> answer = http.send(get("/api/v1/public/reports/monthly?month=2026-11", null),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> suite.pidOf("feedback-service") != pid && suite.isUp("feedback-service"));
    }

    private HttpRequest get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }
}
