package com.marketplace.aftersales.devstack.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The suite as the mobile app and the staff consoles see it: HTTP to the gateway only, with a bearer token from the
 * local issuer ({@code POST /dev/tokens}).
 */
final class GatewayClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();

    GatewayClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** @return a token of the local issuer for this subject */
    String token(String subject, List<String> roles, String merchantId, String warehouseId) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("roles", roles);
        claims.put("merchantId", merchantId);
        claims.put("warehouseId", warehouseId);
        ApiResponse response = send("POST /dev/tokens", HttpRequest.newBuilder(uri("/dev/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(DemoJson.write(claims))));
        String token = response.text("token");
        if (response.status() != 200 || token == null) {
            throw new DemoFailure("POST " + baseUrl + "/dev/tokens answered " + response.describe()
                    + " (the gateway serves it in the local profile only)");
        }
        return token;
    }

    ApiResponse get(String path, String token) {
        return send("GET " + path, HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET());
    }

    ApiResponse post(String path, String token, Object body, String idempotencyKey) {
        return send("POST " + path, HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(DemoJson.write(body))));
    }

    /** A {@code multipart/form-data} upload of one part named {@code file}, as a phone sends a photo. */
    ApiResponse upload(String path, String token, String fileName, String contentType, byte[] content,
                       String idempotencyKey) {
        String boundary = "aftersales-demo-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST " + path, HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private ApiResponse send(String what, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(what, response.statusCode(), DemoJson.parse(response.body()), response.body());
        } catch (IOException e) {
            throw new DemoFailure("the gateway at " + baseUrl + " did not answer " + what + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted during " + what, e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }
}
