package com.marketplace.aftersales.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.testsupport.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/** The live timeline: what the app's case screen subscribes to. */
class TimelineStreamIT extends CaseViewIntegrationTest {

    @Test
    void theStreamSendsTheTimelineSoFarThenEachEntryAfterItsEventIsPublished() throws Exception {
        Events events = newCase();
        publish(events.submitted());
        awaitStatus(events.caseId(), "SUBMITTED");

        try (Recorder stream = open(events.caseId(), TestTokens.customer(events.customerId()), null)) {
            ServerSentEvent<String> submitted = stream.nextEntry();
            assertThat(submitted.event()).isEqualTo("timeline");
            assertThat(data(submitted).get("type").asString()).isEqualTo("CaseSubmitted");
            assertThat(data(submitted).get("id").asLong()).isEqualTo(Long.parseLong(submitted.id()));

            publish(events.reviewed(ReviewDecision.APPROVED));

            ServerSentEvent<String> reviewed = stream.nextEntry();
            JsonNode entry = data(reviewed);
            assertThat(entry.get("type").asString()).isEqualTo("CaseReviewed");
            assertThat(entry.get("summary").asString()).isEqualTo("Request approved");
            assertThat(entry.get("actor").get("role").asString()).isEqualTo("AGENT");
            assertThat(Long.parseLong(reviewed.id())).isGreaterThan(Long.parseLong(submitted.id()));
        }
    }

    @Test
    void aClientResumingWithLastEventIdGetsWhatItMissedWithoutRepeats() throws Exception {
        Events events = newCase();
        publishAll(events.submitted(), events.reviewed(ReviewDecision.APPROVED));
        awaitStatus(events.caseId(), "APPROVED");
        String customer = TestTokens.customer(events.customerId());
        long submittedId;
        try (Recorder first = open(events.caseId(), customer, null)) {
            submittedId = Long.parseLong(first.nextEntry().id());
        }

        try (Recorder resumed = open(events.caseId(), customer, submittedId)) {
            ServerSentEvent<String> missed = resumed.nextEntry();
            assertThat(data(missed).get("type").asString()).isEqualTo("CaseReviewed");

            publish(events.diagnosed());

            ServerSentEvent<String> live = resumed.nextEntry();
            assertThat(data(live).get("type").asString()).isEqualTo("CaseDiagnosed");
            publish(events.handlerAssigned("agent-7", "Li Na"));
            // Entries arrive in commit order: a repeat would show up before this one.
            assertThat(data(resumed.nextEntry()).get("type").asString()).isEqualTo("HandlerAssigned");
            assertThat(resumed.entriesSoFar()).extracting(event -> Long.parseLong(event.id()))
                    .allMatch(id -> id > submittedId).doesNotHaveDuplicates().isSorted();
        }
    }

    @Test
    void anIdleStreamGetsHeartbeats() throws Exception {
        Events events = newCase();
        publish(events.submitted());
        awaitStatus(events.caseId(), "SUBMITTED");

        try (Recorder stream = open(events.caseId(), AGENT, null)) {
            assertThat(stream.nextMatching(event -> "heartbeat".equals(event.comment()))).isNotNull();
        }
    }

    @Test
    void anotherCustomersStreamIsNotFoundAndAStreamWithoutATokenIsRefused() {
        Events events = newCase();
        publish(events.submitted());
        awaitStatus(events.caseId(), "SUBMITTED");
        String path = "/api/v1/cases/" + events.caseId() + "/stream";

        client.get().uri(path).accept(MediaType.TEXT_EVENT_STREAM)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer("someone-else"))
                .exchange()
                .expectStatus().isNotFound();
        client.get().uri(path).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isUnauthorized();
        client.get().uri(path).accept(MediaType.TEXT_EVENT_STREAM)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer(events.customerId()))
                .header("Last-Event-ID", "yesterday")
                .exchange()
                .expectStatus().isBadRequest();
    }

    /** Opens the stream as the app does; the recorder collects what arrives. */
    private Recorder open(UUID caseId, String token, Long lastEventId) {
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
        return new Recorder(body);
    }

    private static JsonNode data(ServerSentEvent<String> event) {
        return JSON.readTree(event.data());
    }

    /** Collects what a stream sends, so a test can wait for the next entry without sleeping. */
    private static final class Recorder implements AutoCloseable {
        private final BlockingQueue<ServerSentEvent<String>> received = new LinkedBlockingQueue<>();
        private final List<ServerSentEvent<String>> entries = new CopyOnWriteArrayList<>();
        private final Disposable subscription;

        Recorder(Flux<ServerSentEvent<String>> body) {
            subscription = body.subscribe(received::add);
        }

        ServerSentEvent<String> nextEntry() throws InterruptedException {
            ServerSentEvent<String> entry = nextMatching(event -> event.id() != null);
            entries.add(entry);
            return entry;
        }

        ServerSentEvent<String> nextMatching(Predicate<ServerSentEvent<String>> wanted)
                throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                ServerSentEvent<String> event = received.poll(Duration.ofMillis(200).toMillis(), TimeUnit.MILLISECONDS);
                if (event != null && wanted.test(event)) {
                    return event;
                }
            }
            throw new AssertionError("Nothing wanted arrived on the stream within " + WAIT);
        }

        List<ServerSentEvent<String>> entriesSoFar() {
            return entries;
        }

        @Override
        public void close() {
            subscription.dispose();
        }
    }
}
