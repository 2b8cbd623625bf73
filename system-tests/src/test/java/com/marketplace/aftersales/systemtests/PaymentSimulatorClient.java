package com.marketplace.aftersales.systemtests;

import com.marketplace.aftersales.contracts.EventCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The payment simulator's test controls and ledger (the real provider has neither). */
final class PaymentSimulatorClient {

    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    PaymentSimulatorClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void failNextCalls(int calls) {
        ObjectNode behaviour = (ObjectNode) send(HttpRequest.newBuilder(URI.create(baseUrl + "/sim/behaviour")).GET());
        behaviour.put("failNextCalls", calls);
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/sim/behaviour"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(behaviour.toString())));
    }

    /** Back to the default behaviour; the ledger is kept so other tests' payments stay visible. */
    void reset() {
        ObjectNode behaviour = (ObjectNode) send(HttpRequest.newBuilder(URI.create(baseUrl + "/sim/behaviour")).GET());
        behaviour.put("failNextCalls", 0);
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/sim/behaviour"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(behaviour.toString())));
    }

    JsonNode ledger() {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/ledger")).GET());
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 300) {
                throw new AssertionError(request.build().uri() + " answered " + response.statusCode());
            }
            return response.body().length == 0 ? null : EventCodec.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
