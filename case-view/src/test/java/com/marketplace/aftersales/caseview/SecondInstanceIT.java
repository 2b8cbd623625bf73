package com.marketplace.aftersales.caseview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import com.marketplace.aftersales.platform.consumer.InboundConsumerStatus;
import com.marketplace.aftersales.testsupport.TestTokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.core.env.Environment;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two case-view instances behind one load balancer: the test's instance consumes, a second one started here on another
 * port shares its database but consumes nothing. A stream opened on the second instance still gets every entry the
 * first one projects, live.
 */
class SecondInstanceIT extends CaseViewIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(SecondInstanceIT.class);
    /** What points an instance at the test infrastructure (set by the base class's property source). */
    private static final List<String> SHARED_SETTINGS = List.of("spring.kafka.bootstrap-servers", "spring.r2dbc.url",
            "spring.r2dbc.username", "spring.r2dbc.password", "spring.flyway.url", "spring.flyway.user",
            "spring.flyway.password", "aftersales.security.jwt.public-key-location", "aftersales.security.jwt.issuer",
            "aftersales.security.jwt.audience");

    private static ConfigurableApplicationContext second;

    @Autowired
    Environment environment;

    @Autowired
    ApplicationContext first;

    WebTestClient secondClient;

    @BeforeEach
    void startSecondInstance() {
        if (second == null) {
            Map<String, Object> settings = new HashMap<>();
            SHARED_SETTINGS.forEach(key -> settings.put(key, environment.getRequiredProperty(key)));
            settings.put("server.port", 0);
            settings.put("aftersales.caseview.projection.enabled", false);
            settings.put("aftersales.caseview.sse.heartbeat-interval", "1s");
            // Notices a lost listening session within a second, and reconnects after a pause the test can observe.
            settings.put("aftersales.caseview.fanout.health-check-interval", "1s");
            settings.put("aftersales.caseview.fanout.initial-backoff", "2s");
            settings.put("aftersales.caseview.fanout.max-backoff", "4s");
            settings.put("spring.main.banner-mode", "off");
            settings.put("spring.main.register-shutdown-hook", false);
            // As command-line arguments: they outrank the service's application.yml, like a deployment's settings.
            second = new SpringApplicationBuilder(CaseViewApplication.class).run(settings.entrySet().stream()
                    .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                    .toArray(String[]::new));
        }
        String port = second.getEnvironment().getRequiredProperty("local.server.port");
        secondClient = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(WAIT).build();
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void theSecondInstanceConsumesNothing() {
        assertThat(second.getBeansOfType(CaseEventHandler.class)).isEmpty();
        assertThat(second.getBeansOfType(InboundConsumerStatus.class).values())
                .allSatisfy(consumer -> assertThat(((Lifecycle) consumer).isRunning()).isFalse());
        assertThat(first.getBeansOfType(InboundConsumerStatus.class).values())
                .allSatisfy(consumer -> assertThat(((Lifecycle) consumer).isRunning()).isTrue());
    }

    @Test
    void aStreamOnTheInstanceThatDoesNotConsumeGetsEveryEntryTheOtherProjectsLive() throws Exception {
        Events events = newCase();
        publish(events.submitted());
        awaitStatus(events.caseId(), "SUBMITTED");
        String customer = TestTokens.customer(events.customerId());
        List<Long> latencies = new ArrayList<>();

        try (LiveStream onSecond = LiveStream.open(secondClient, events.caseId(), customer, null, WAIT)) {
            assertThat(onSecond.nextEntry().type()).isEqualTo("CaseSubmitted");

            RecordMetadata reviewed = publishOnKafka(events.reviewed(ReviewDecision.APPROVED));
            LiveStream.Received first = onSecond.nextEntry();
            assertThat(first.type()).isEqualTo("CaseReviewed");
            latencies.add(first.atMillis() - reviewed.timestamp());

            RecordMetadata diagnosed = publishOnKafka(events.diagnosed());
            LiveStream.Received second = onSecond.nextEntry();
            assertThat(second.type()).isEqualTo("CaseDiagnosed");
            latencies.add(second.atMillis() - diagnosed.timestamp());

            assertThat(onSecond.entriesSoFar()).extracting(LiveStream.Received::id).isSorted()
                    .doesNotHaveDuplicates();
        }
        log.info("SSE delivery latency across instances, event on Kafka -> entry received from the instance that did"
                + " not project it: {} ms", latencies);
    }

    @Test
    void streamsOfOneCaseOnBothInstancesGetTheSameEntriesAndTheSecondResumesFromTheFirstsLastId()
            throws Exception {
        Events events = newCase();
        publish(events.submitted());
        awaitStatus(events.caseId(), "SUBMITTED");
        String customer = TestTokens.customer(events.customerId());
        long lastSeenOnFirst;

        try (LiveStream onFirst = openStream(events.caseId(), customer, null);
             LiveStream onSecond = LiveStream.open(secondClient, events.caseId(), customer, null, WAIT)) {
            onFirst.nextEntry();
            onSecond.nextEntry();
            publish(events.reviewed(ReviewDecision.APPROVED));

            LiveStream.Received fromFirst = onFirst.nextEntry();
            LiveStream.Received fromSecond = onSecond.nextEntry();

            assertThat(fromSecond.id()).isEqualTo(fromFirst.id());
            assertThat(fromSecond.event().data()).isEqualTo(fromFirst.event().data());
            lastSeenOnFirst = fromFirst.id();
        }

        // The app's connection drops and the load balancer sends it to the other instance.
        publish(events.diagnosed());
        awaitTimelineEntry(events.caseId(), "CaseDiagnosed");
        try (LiveStream resumed = LiveStream.open(secondClient, events.caseId(), customer, lastSeenOnFirst,
                Duration.ofSeconds(30))) {
            LiveStream.Received missed = resumed.nextEntry();
            assertThat(missed.type()).isEqualTo("CaseDiagnosed");
            assertThat(missed.id()).isGreaterThan(lastSeenOnFirst);
        }
    }

    @Test
    void aStreamKeepsGettingEntriesWhenItsInstanceLosesTheListeningSessionAndOpensAnother() throws Exception {
        Events events = newCase();
        publish(events.submitted());
        awaitStatus(events.caseId(), "SUBMITTED");
        Counter reconnects = second.getBean(MeterRegistry.class).counter("aftersales.caseview.sse.fanout.reconnects");
        double reconnectsBefore = reconnects.count();

        try (LiveStream onSecond = LiveStream.open(secondClient, events.caseId(),
                TestTokens.customer(events.customerId()), null, WAIT)) {
            onSecond.nextEntry();

            assertThat(terminateListeningSessions()).as("listening sessions ended by the database").isPositive();
            await().atMost(WAIT).until(() -> reconnects.count() > reconnectsBefore);
            // Projected while the second instance is between sessions (it waits about 2 s before reconnecting): no
            // notification reaches it; it reads what it missed once it listens again.
            publish(events.reviewed(ReviewDecision.APPROVED));

            assertThat(onSecond.nextEntry().type()).isEqualTo("CaseReviewed");
        }
    }

    /** What a database failover or an administrator does to the instances' listening sessions. */
    private static int terminateListeningSessions() throws SQLException {
        try (Connection connection = DriverManager.getConnection(INFRA.jdbcUrl("case_view_it"), INFRA.username(),
                INFRA.password());
             Statement statement = connection.createStatement();
             ResultSet terminated = statement.executeQuery("""
                     select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
                     where datname = current_database() and query = 'LISTEN aftersales_timeline'
                       and pid <> pg_backend_pid()""")) {
            terminated.next();
            return terminated.getInt(1);
        }
    }

    @Test
    void theSecondInstanceAuthorisesLikeTheFirst() {
        Events events = newCase();
        publish(events.submitted());
        awaitStatus(events.caseId(), "SUBMITTED");

        secondClient.get().uri("/api/v1/cases/" + events.caseId() + "/stream")
                .header("Authorization", "Bearer " + TestTokens.customer("someone-else"))
                .exchange()
                .expectStatus().isNotFound();
    }
}
