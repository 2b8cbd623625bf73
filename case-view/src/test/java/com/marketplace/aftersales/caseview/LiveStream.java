package com.marketplace.aftersales.caseview;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case's live stream opened as the app opens it, recording what arrives and when, so a test can wait for the next
 * entry without sleeping.
 */
final class LiveStream implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An event as received, with the wall-clock time it arrived. */
    record Received(ServerSentEvent<String> event, long atMillis) {
        long id() {
            return Long.parseLong(event.id());
        }

        JsonNode data() {
            return JSON.readTree(event.data());
        }

        String type() {
            return data().get("type").asString();
        }
    }

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final List<Received> entries = new CopyOnWriteArrayList<>();
    private final Duration wait;
    private final Disposable subscription;

    private LiveStream(Flux<ServerSentEvent<String>> body, Duration wait) {
        this.wait = wait;
        this.subscription = body.subscribe(event -> received.add(new Received(event, System.currentTimeMillis())));
    }

    /** Opens the stream and checks it was accepted as an event stream. */
    static LiveStream open(WebTestClient client, UUID caseId, String token, Long lastEventId, Duration wait) {
        var request = client.get().uri("/api/v1/cases/" + caseId + "/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        if (lastEventId != null) {
            request = request.header("Last-Event-ID", String.valueOf(lastEventId));
        }
        Flux<ServerSentEvent<String>> body = request.exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                })
                .getResponseBody();
        return new LiveStream(body, wait);
    }

    /** The next timeline entry (heartbeats skipped). */
    Received nextEntry() throws InterruptedException {
        Received entry = nextMatching(event -> event.id() != null);
        entries.add(entry);
        return entry;
    }

    Received nextMatching(Predicate<ServerSentEvent<String>> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            Received next = received.poll(200, TimeUnit.MILLISECONDS);
            if (next != null && wanted.test(next.event())) {
                return next;
            }
        }
        throw new AssertionError("Nothing wanted arrived on the stream within " + wait);
    }

    /** Every entry taken with {@link #nextEntry()} so far. */
    List<Received> entriesSoFar() {
        return entries;
    }

    @Override
    public void close() {
        subscription.dispose();
    }
}
