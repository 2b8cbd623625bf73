package com.marketplace.aftersales.caseview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.caseview.timeline.TimelineHub;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.testsupport.TestTokens;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * "Thousands of open streams must not need thousands of threads or Kafka consumers": two thousand app screens follow
 * one case on one instance; all of them get its next entry while the JVM's thread count barely moves.
 */
class ManyStreamsIT extends CaseViewIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(ManyStreamsIT.class);
    private static final int STREAMS = 2_000;
    /**
     * Threads the JVM may gain while the streams are open: the test client's two event loops plus the odd pool thread
     * started on first use. A thread (or consumer) per stream would add thousands.
     */
    private static final int MORE_THREADS_ALLOWED = 30;
    private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENTS =
            new ParameterizedTypeReference<>() {
            };

    @Autowired
    TimelineHub hub;

    @Test
    void twoThousandStreamsOfOneCaseAllGetItsNextEntryWithoutAThreadEach() throws Exception {
        Events events = newCase();
        publish(events.submitted());
        awaitStatus(events.caseId(), "SUBMITTED");
        String token = TestTokens.customer(events.customerId());
        String path = "/api/v1/cases/" + events.caseId() + "/stream";
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ConnectionProvider connections = ConnectionProvider.builder("many-streams")
                .maxConnections(STREAMS + 50)
                .pendingAcquireMaxCount(-1)
                .build();
        LoopResources loops = LoopResources.create("many-streams-client", 2, true);
        WebClient web = WebClient.builder()
                .baseUrl("http://localhost:" + port)
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(connections).runOn(loops)))
                .build();
        // Streams of earlier tests are closed (their clients hung up); from here on every open stream is this test's.
        await().atMost(WAIT).until(() -> hub.openStreams() == 0 && hub.casesFollowed() == 0);
        int threadsBefore = threads.getThreadCount();
        threads.resetPeakThreadCount();
        CountDownLatch received = new CountDownLatch(STREAMS);
        AtomicLong lastReceivedAt = new AtomicLong();
        List<Disposable> streams = new CopyOnWriteArrayList<>();
        try {
            long openingStarted = System.nanoTime();
            Flux.range(0, STREAMS)
                    .flatMap(i -> follow(web, path, token, streams, () -> {
                        lastReceivedAt.accumulateAndGet(System.currentTimeMillis(), Math::max);
                        received.countDown();
                    }), 100)
                    .then()
                    .block(Duration.ofMinutes(3));
            long openingMillis = Duration.ofNanos(System.nanoTime() - openingStarted).toMillis();
            assertThat(hub.openStreams()).as("streams open on the server").isEqualTo(STREAMS);
            assertThat(hub.casesFollowed()).as("one channel for the case, whatever the number of streams")
                    .isEqualTo(1);

            RecordMetadata appended = publishOnKafka(events.reviewed(ReviewDecision.APPROVED));

            assertThat(received.await(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("%d of %d streams got the new entry", STREAMS - received.getCount(), STREAMS).isTrue();
            int peak = threads.getPeakThreadCount();
            log.info("{} streams opened in {} ms; event on Kafka -> all {} streams received it: {} ms; live threads "
                            + "before {}, peak with the streams open {}, now {}; by name: {}", STREAMS, openingMillis,
                    STREAMS, lastReceivedAt.get() - appended.timestamp(), threadsBefore, peak,
                    threads.getThreadCount(), threadsByName(threads));
            assertThat(peak - threadsBefore)
                    .as("threads added while %d streams were open (before %d, peak %d)", STREAMS, threadsBefore, peak)
                    .isLessThan(MORE_THREADS_ALLOWED);
        } finally {
            streams.forEach(Disposable::dispose);
            await().atMost(WAIT).untilAsserted(() -> assertThat(hub.openStreams()).isZero());
            connections.disposeLater().block(WAIT);
            loops.disposeLater().block(WAIT);
        }
    }

    /**
     * Opens one stream. Completes when the stream has delivered the case's first entry (so it is open and following);
     * {@code onReviewed} runs when the review entry arrives on it.
     */
    private static Mono<Void> follow(WebClient web, String path, String token, List<Disposable> streams,
                                     Runnable onReviewed) {
        Sinks.Empty<Void> following = Sinks.empty();
        streams.add(web.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(EVENTS)
                .filter(event -> event.id() != null)
                .subscribe(event -> {
                    String type = JSON.readTree(event.data()).get("type").asString();
                    if ("CaseSubmitted".equals(type)) {
                        following.tryEmitEmpty();
                    } else if ("CaseReviewed".equals(type)) {
                        onReviewed.run();
                    }
                }, following::tryEmitError));
        return following.asMono();
    }

    /** Live threads grouped by name without their numbers, for the log. */
    private static Map<String, Long> threadsByName(ThreadMXBean threads) {
        ThreadInfo[] infos = threads.getThreadInfo(threads.getAllThreadIds());
        return Arrays.stream(infos)
                .filter(info -> info != null)
                .collect(Collectors.groupingBy(info -> info.getThreadName().replaceAll("[-#]?\\d+", "#"),
                        TreeMap::new, Collectors.counting()));
    }
}
