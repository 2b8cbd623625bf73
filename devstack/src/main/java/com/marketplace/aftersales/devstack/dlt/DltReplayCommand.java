package com.marketplace.aftersales.devstack.dlt;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.devstack.config.HomeLayout;
import com.marketplace.aftersales.devstack.keys.DevJwtKeys;
import com.marketplace.aftersales.devstack.services.ServiceCatalogue;
import com.marketplace.aftersales.devstack.services.ServiceDefinition;
import com.marketplace.aftersales.devstack.services.ServiceEnvironment;
import com.marketplace.aftersales.devstack.state.ComponentRecord;
import com.marketplace.aftersales.devstack.state.ComponentsFile;
import com.marketplace.aftersales.devstack.state.RunState;
import com.marketplace.aftersales.devstack.status.StatusCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code dlt-replay <service>}: after a fix, replays what the service parked on its dead-letter topic, by calling its
 * {@code POST /actuator/dltreplay} on its own port with a token the runner mints for an operations manager. Exit code
 * 0 when every replayed record was applied (or none was parked), 1 when some failed again or the call failed, 2 for a
 * service without a replay, 3 when no runner is running.
 */
public final class DltReplayCommand {

    public static final int REPLAYED = 0;
    public static final int FAILED = 1;
    /** As for a usage error: the service named has no replay. */
    public static final int NO_REPLAY = 2;

    /** The services whose consumers park records on a dead-letter topic and replay it on request. */
    public static final List<ServiceDefinition> REPLAYABLE = List.of(ServiceCatalogue.INTAKE,
            ServiceCatalogue.DIAGNOSIS, ServiceCatalogue.FULFILLMENT, ServiceCatalogue.FEEDBACK,
            ServiceCatalogue.CASE_VIEW);

    static final String ENDPOINT = "/actuator/dltreplay";
    /** The replay reads the whole topic before it answers; the service bounds it with a timeout of its own. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private final HomeLayout layout;
    private final String requested;
    private final PrintStream out;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public DltReplayCommand(HomeLayout layout, String service, PrintStream out, Clock clock) {
        this.layout = layout;
        this.requested = service;
        this.out = out;
        this.clock = clock;
    }

    public int run() {
        Optional<ServiceDefinition> service = ServiceCatalogue.all().stream()
                .filter(s -> s.name().equals(requested) || s.name().equals(requested + "-service"))
                .findFirst();
        if (service.isEmpty() || !REPLAYABLE.contains(service.get())) {
            out.println(whyNot(service));
            return NO_REPLAY;
        }
        Optional<RunState> state = ComponentsFile.read(layout.componentsFile()).filter(RunState::runnerAlive);
        if (state.isEmpty()) {
            out.println("aftersales is not running; start it with ./aftersales up");
            return StatusCommand.NOT_RUNNING;
        }
        String name = service.get().name();
        Optional<ComponentRecord> running = state.get().components().stream()
                .filter(c -> c.name().equals(name))
                .findFirst();
        if (running.isEmpty()) {
            out.println(name + " is not part of this run (was it started with --only?)");
            return FAILED;
        }
        if (state.get().gatewayUrl() == null) {
            out.println(layout.componentsFile() + " names no gateway URL, so the local token issuer is unknown");
            return FAILED;
        }
        Path privateKey = DevJwtKeys.in(layout.keysDir()).privateKey();
        if (!Files.isRegularFile(privateKey)) {
            out.println("the dev signing key " + privateKey + " is missing; ./aftersales up writes it");
            return FAILED;
        }
        String token = OperatorToken.mint(DevJwtKeys.readPrivateKey(privateKey),
                state.get().gatewayUrl() + ServiceEnvironment.JWT_ISSUER_PATH, clock.instant());
        URI endpoint = URI.create("http://localhost:" + running.get().port() + ENDPOINT);
        out.println("replaying " + Topics.deadLetter(service.get().component()).name() + " into " + name
                + ": POST " + endpoint + " as " + OperatorToken.SUBJECT + " (" + OperatorToken.ROLE + ")");
        return call(name, endpoint, token);
    }

    private int call(String name, URI endpoint, String token) {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(endpoint)
                            .timeout(REQUEST_TIMEOUT)
                            .header("Authorization", "Bearer " + token)
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            out.println(name + " did not answer at " + endpoint + ": " + e);
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("interrupted");
            return FAILED;
        }
        Optional<ReplayResult> result = response.statusCode() == 200 ? ReplayResult.parse(response.body())
                : Optional.empty();
        if (result.isEmpty()) {
            out.println(name + " answered " + response.statusCode() + hint(response.statusCode()) + ": "
                    + response.body());
            return FAILED;
        }
        result.get().lines(layout.logFile(name)).forEach(out::println);
        return result.get().failedAgain() == 0 ? REPLAYED : FAILED;
    }

    private static String hint(int status) {
        return switch (status) {
            case 401 -> " (the operator token was refused: does the service trust the keys in this home?)";
            case 403 -> " (the token lacks OPS_MANAGER)";
            case 404 -> " (no dead-letter replay endpoint: is dltreplay exposed by this build of the service?)";
            default -> "";
        };
    }

    private String whyNot(Optional<ServiceDefinition> service) {
        String replayable = REPLAYABLE.stream().map(ServiceDefinition::name).collect(Collectors.joining(", "));
        if (service.isEmpty()) {
            return "dlt-replay: no service is named '" + requested + "'; the services with a dead-letter replay are "
                    + replayable;
        }
        if (service.get().equals(ServiceCatalogue.SLA_MONITOR)) {
            return "sla-monitor has no dead-letter replay: it is a Kafka Streams application, which parks the records"
                    + " it cannot read on " + Topics.deadLetter(service.get().component()).name()
                    + " (Kafka Streams' dead-letter queue) and exposes no " + ENDPOINT + "; read that topic with a"
                    + " Kafka consumer. The services with a dead-letter replay are " + replayable;
        }
        return service.get().name() + " consumes no topic and has no dead-letter topic; the services with a"
                + " dead-letter replay are " + replayable;
    }

    /** The replay's answer: {@code {replayed, applied, failedAgain, topic}}. */
    record ReplayResult(int replayed, int applied, int failedAgain, String topic) {

        static Optional<ReplayResult> parse(String body) {
            try {
                JsonNode json = EventCodec.mapper().readTree(body);
                if (json == null || !json.has("replayed") || !json.has("topic")) {
                    return Optional.empty();
                }
                return Optional.of(new ReplayResult(json.get("replayed").asInt(), json.path("applied").asInt(),
                        json.path("failedAgain").asInt(), json.get("topic").asString()));
            } catch (JacksonException e) {
                return Optional.empty();
            }
        }

        List<String> lines(Path log) {
            if (replayed == 0) {
                return List.of("  nothing was parked on " + topic + " since the last replay");
            }
            String failures = failedAgain == 0 ? ""
                    : "   (parked again at the end of " + topic + " with the new reason; see " + log + ")";
            return List.of(
                    "  topic         " + topic,
                    "  replayed      " + replayed,
                    "  applied       " + applied,
                    "  failed again  " + failedAgain + failures);
        }
    }
}
