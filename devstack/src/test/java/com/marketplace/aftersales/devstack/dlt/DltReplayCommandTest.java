package com.marketplace.aftersales.devstack.dlt;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.devstack.DevstackAccess;
import com.marketplace.aftersales.devstack.config.HomeLayout;
import com.marketplace.aftersales.devstack.keys.DevJwtKeys;
import com.marketplace.aftersales.devstack.keys.JwtVerification;
import com.marketplace.aftersales.devstack.state.ComponentKind;
import com.marketplace.aftersales.devstack.state.ComponentRecord;
import com.marketplace.aftersales.devstack.state.ComponentsFile;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code dlt-replay} against a stub of a service's actuator that, like the services, accepts only a token of the local
 * issuer signed with the run's key and carrying {@code OPS_MANAGER}.
 */
class DltReplayCommandTest {

    private static final String GATEWAY_URL = "http://localhost:18080";

    /** Key pairs are slow to make on a busy machine: one for the run, one of "another run", for all tests. */
    @TempDir
    static Path keyPairs;

    @TempDir
    Path home;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer actuator;
    private HomeLayout layout;
    private RSAPublicKey trusted;
    private volatile String result = "{\"replayed\":3,\"applied\":2,\"failedAgain\":1,"
            + "\"topic\":\"aftersales.intake-service.dlt\"}";

    @BeforeAll
    static void makeKeyPairs() {
        DevJwtKeys.ensure(keyPairs.resolve("run"));
        DevJwtKeys.ensure(keyPairs.resolve("another-run"));
    }

    @BeforeEach
    void start() throws IOException {
        layout = new HomeLayout(home);
        DevJwtKeys runKeys = DevJwtKeys.in(keyPairs.resolve("run"));
        DevJwtKeys homeKeys = DevJwtKeys.in(layout.keysDir());
        Files.createDirectories(layout.keysDir());
        Files.copy(runKeys.privateKey(), homeKeys.privateKey());
        Files.copy(runKeys.publicKey(), homeKeys.publicKey());
        trusted = DevJwtKeys.readPublicKey(homeKeys.publicKey());
        actuator = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        actuator.createContext("/actuator/dltreplay", this::replay);
        actuator.start();
    }

    @AfterEach
    void stop() {
        actuator.stop(0);
    }

    @Test
    void replaysTheServicesDeadLetterTopicAsAnOperationsManagerAndPrintsTheResult() {
        running(Map.of("intake-service", actuator.getAddress().getPort()));

        int exit = run("dlt-replay", "intake");

        assertThat(calls).hasValue(1);
        assertThat(lines()).containsExactly(
                "replaying aftersales.intake-service.dlt into intake-service: POST http://localhost:"
                        + actuator.getAddress().getPort() + "/actuator/dltreplay as devstack-operator (OPS_MANAGER)",
                "  topic         aftersales.intake-service.dlt",
                "  replayed      3",
                "  applied       2",
                "  failed again  1   (parked again at the end of aftersales.intake-service.dlt with the new reason;"
                        + " see " + layout.logFile("intake-service") + ")");
        assertThat(exit).as("some records failed again").isEqualTo(DltReplayCommand.FAILED);
    }

    @Test
    void everyRecordAppliedExitsZero() {
        result = "{\"replayed\":2,\"applied\":2,\"failedAgain\":0,\"topic\":\"aftersales.case-view.dlt\"}";
        running(Map.of("case-view", actuator.getAddress().getPort()));

        int exit = run("dlt-replay", "case-view");

        assertThat(exit).isEqualTo(DltReplayCommand.REPLAYED);
        assertThat(lines()).contains("  applied       2", "  failed again  0");
    }

    @Test
    void anEmptyDeadLetterTopicSaysSo() {
        result = "{\"replayed\":0,\"applied\":0,\"failedAgain\":0,\"topic\":\"aftersales.feedback-service.dlt\"}";
        running(Map.of("feedback-service", actuator.getAddress().getPort()));

        assertThat(run("dlt-replay", "feedback-service")).isEqualTo(DltReplayCommand.REPLAYED);
        assertThat(lines()).last()
                .isEqualTo("  nothing was parked on aftersales.feedback-service.dlt since the last replay");
    }

    @Test
    void aServiceThatRefusesTheTokenIsReportedWithItsAnswer() {
        trusted = DevJwtKeys.readPublicKey(DevJwtKeys.in(keyPairs.resolve("another-run")).publicKey());
        running(Map.of("diagnosis-service", actuator.getAddress().getPort()));

        int exit = run("dlt-replay", "diagnosis-service");

        assertThat(exit).isEqualTo(DltReplayCommand.FAILED);
        assertThat(lines()).last().asString()
                .startsWith("diagnosis-service answered 401 (the operator token was refused");
    }

    @Test
    void theSlaMonitorHasNoReplayAndSaysWhy() {
        running(Map.of("sla-monitor", actuator.getAddress().getPort()));

        int exit = run("dlt-replay", "sla-monitor");

        assertThat(exit).isEqualTo(DltReplayCommand.NO_REPLAY);
        assertThat(calls).hasValue(0);
        assertThat(lines()).singleElement().asString()
                .startsWith("sla-monitor has no dead-letter replay: it is a Kafka Streams application")
                .contains("aftersales.sla-monitor.dlt")
                .endsWith("intake-service, diagnosis-service, fulfillment-service, feedback-service, case-view");
    }

    @Test
    void anUnknownServiceOrNoServiceIsAUsageError() {
        assertThat(run("dlt-replay", "payments")).isEqualTo(DltReplayCommand.NO_REPLAY);
        assertThat(lines()).singleElement().asString().startsWith("dlt-replay: no service is named 'payments'");

        output.reset();
        assertThat(run("dlt-replay")).isEqualTo(2);
        assertThat(lines()).containsExactly("dlt-replay needs <service>");
    }

    @Test
    void withoutARunnerItSaysSoAndExitsThree() {
        assertThat(run("dlt-replay", "intake")).isEqualTo(3);
        assertThat(lines()).containsExactly("aftersales is not running; start it with ./aftersales up");
        assertThat(calls).hasValue(0);
    }

    /** A components.json of a live run (this JVM stands in for the runner), with the gateway at GATEWAY_URL. */
    private void running(Map<String, Integer> services) {
        ProcessHandle self = ProcessHandle.current();
        Instant started = self.info().startInstant().orElse(null);
        ComponentsFile file = new ComponentsFile(layout.componentsFile(), GATEWAY_URL);
        services.forEach((name, port) -> file.put(new ComponentRecord(name, ComponentKind.SERVICE, self.pid(), port,
                "http://localhost:" + port + "/actuator/health/readiness", started)));
    }

    /** As a service does: 401 unless the local issuer signed it with the trusted key; 403 without the role. */
    private void replay(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "{}");
            return;
        }
        JsonNode claims;
        try {
            claims = JwtVerification.verify(authorization.substring("Bearer ".length()), trusted).claims();
        } catch (AssertionError | RuntimeException e) {
            respond(exchange, 401, "{\"title\":\"Unauthorized\"}");
            return;
        }
        long now = Instant.now().getEpochSecond();
        boolean valid = (GATEWAY_URL + "/dev").equals(claims.path("iss").asString())
                && "aftersales".equals(claims.path("aud").asString())
                && claims.path("nbf").asLong() <= now && now < claims.path("exp").asLong();
        if (!valid) {
            respond(exchange, 401, "{\"title\":\"Unauthorized\"}");
        } else if (!List.of("OPS_MANAGER").equals(roles(claims))) {
            respond(exchange, 403, "{\"title\":\"Forbidden\"}");
        } else {
            respond(exchange, 200, result);
        }
    }

    private static List<String> roles(JsonNode claims) {
        List<String> roles = new java.util.ArrayList<>();
        claims.path("roles").forEach(role -> roles.add(role.asString()));
        return roles;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.spring-boot.actuator.v3+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private int run(String... args) {
        String[] withHome = new String[args.length + 2];
        System.arraycopy(args, 0, withHome, 0, args.length);
        withHome[args.length] = "--home";
        withHome[args.length + 1] = home.toString();
        return DevstackAccess.run(withHome, new PrintStream(output, true, StandardCharsets.UTF_8), Map.of());
    }

    private List<String> lines() {
        return output.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
