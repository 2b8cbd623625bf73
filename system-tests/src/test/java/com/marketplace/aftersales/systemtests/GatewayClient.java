package com.marketplace.aftersales.systemtests;

import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.EventCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/** The mobile app's view of the suite: HTTP through the gateway, tokens from the local dev issuer. */
final class GatewayClient {

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    GatewayClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Response(int status, JsonNode body, java.net.http.HttpHeaders headers) {
        String text(String field) {
            JsonNode node = body == null ? null : body.get(field);
            return node == null || node.isNull() ? null : node.asString();
        }
    }

    String token(String subject, List<String> roles, String merchantId, String warehouseId) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("roles", roles);
        claims.put("merchantId", merchantId);
        claims.put("warehouseId", warehouseId);
        Response response = send(HttpRequest.newBuilder(uri("/dev/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(claims))));
        if (response.status() != 200) {
            throw new AssertionError("/dev/tokens answered " + response.status() + ": " + response.body());
        }
        return response.text("token");
    }

    Response get(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET());
    }

    Response post(String path, String token, Object body) {
        return post(path, token, body, UUID.randomUUID().toString());
    }

    Response post(String path, String token, Object body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : json(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    Response upload(String path, String token, String fileName, String contentType, byte[] content) {
        String boundary = "----aftersales" + UUID.randomUUID();
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Multipart.file(boundary, fileName, contentType,
                        content))));
    }

    static String json(Object value) {
        return EventCodec.mapper().writeValueAsString(value);
    }

    /**
     * Sends like the app does: a backend that is down (503 from the gateway, with Retry-After) or a gateway that is
     * itself restarting (connection refused) is tried again for a while, with the same request and Idempotency-Key.
     */
    private Response send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        AtomicReference<Response> answer = new AtomicReference<>();
        await().atMost(UNAVAILABLE_PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsMatching(e -> e instanceof UncheckedIOException
                        && e.getCause() instanceof java.net.ConnectException)
                .until(() -> {
                    answer.set(sendOnce(built));
                    return answer.get().status() != 503;
                });
        return answer.get();
    }

    private static final Duration UNAVAILABLE_PATIENCE = Duration.ofSeconds(90);

    private Response sendOnce(HttpRequest built) {
        try {
            HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = response.body().length == 0 ? null : EventCodec.mapper().readTree(response.body());
            return new Response(response.statusCode(), body, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

}
