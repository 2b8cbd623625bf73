package com.marketplace.aftersales.devstack.up;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import com.marketplace.aftersales.devstack.ChildProcesses;
import com.marketplace.aftersales.devstack.FakeService;
import com.marketplace.aftersales.devstack.config.HomeLayout;
import com.marketplace.aftersales.devstack.demo.DemoOrders;
import com.marketplace.aftersales.devstack.state.ComponentRecord;
import com.marketplace.aftersales.devstack.state.ComponentsFile;
import com.marketplace.aftersales.devstack.state.RunState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner for real, as a child JVM on shifted ports: PostgreSQL, Kafka, the simulators and one service (a fake
 * built as {@code intake-service.jar}) come up; status, supervision and the demo orders work; a SIGTERM stops
 * everything and nothing is left running.
 */
class LocalRunTest {

    @TempDir
    Path repo;

    private final Set<Long> pidsToCleanUp = new HashSet<>();
    private Path runnerLog;
    private boolean passed;

    @Test
    void upStartsTheStackSupervisesItsServicesAndStopsLeavingNothingRunning() throws Exception {
        int offset = FreePortOffset.find();
        HomeLayout layout = new HomeLayout(repo.resolve("home"));
        fakeServiceJar(repo.resolve("intake-service/target/intake-service.jar"));
        Process runner = startRunner(layout, offset);
        try {
            await().atMost(Duration.ofSeconds(120)).until(() -> printed("aftersales is ready") || !runner.isAlive());
            assertThat(runner.isAlive()).as(String.join("\n", runnerOutput())).isTrue();

            RunState state = ComponentsFile.read(layout.componentsFile()).orElseThrow();
            state.components().forEach(c -> pidsToCleanUp.add(c.pid()));
            assertThat(state.runnerPid()).isEqualTo(runner.pid());
            assertThat(state.components()).extracting(ComponentRecord::name).containsExactly(
                    "postgres", "kafka", "payment-simulator", "carrier-simulator", "intake-service");
            assertThat(state.components()).extracting(ComponentRecord::port).containsExactly(
                    15432 + offset, 19092 + offset, 8091 + offset, 8092 + offset, 8081 + offset);
            ComponentRecord postgres = component(state, "postgres");
            long firstIntakePid = component(state, "intake-service").pid();

            assertThat(status(layout)).isZero();
            assertThat(get(8091 + offset, "/health")).contains("\"UP\"");
            String intakeEnv = get(8081 + offset, "/env");
            assertThat(intakeEnv).contains("\"AFTERSALES_DB_NAME\":\"intake\"",
                    "\"AFTERSALES_PARENT_PID\":\"" + runner.pid() + "\"",
                    "\"AFTERSALES_KAFKA_BOOTSTRAP_SERVERS\":\"localhost:" + (19092 + offset) + "\"",
                    "\"SERVER_PORT\":\"" + (8081 + offset) + "\"",
                    "\"AFTERSALES_JWT_PUBLIC_KEY_LOCATION\":\"file:" + layout.keysDir().resolve("dev-jwt-public.pem"));
            assertThat(demoOrders(19092 + offset)).extracting(OrderSnapshot::orderId)
                    .containsExactlyInAnyOrder(DemoOrders.ORDER_1, DemoOrders.ORDER_2, DemoOrders.ORDER_3);

            ChildProcesses.kill(firstIntakePid);
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    printed("intake-service exited with code 137; restarting (restart #1)") && status(layout) == 0);
            long secondIntakePid = component(ComponentsFile.read(layout.componentsFile()).orElseThrow(),
                    "intake-service").pid();
            pidsToCleanUp.add(secondIntakePid);
            assertThat(secondIntakePid).isNotEqualTo(firstIntakePid);

            runner.destroy(); // SIGTERM, as Ctrl-C or ./aftersales stop would
            assertThat(runner.waitFor(90, TimeUnit.SECONDS)).as(String.join("\n", runnerOutput())).isTrue();
            assertThat(runnerOutput()).anyMatch(line -> line.endsWith("stopped; nothing left running"));
            assertThat(ProcessHandle.of(postgres.pid()).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(ProcessHandle.of(secondIntakePid).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(layout.componentsFile()).doesNotExist();
            assertThat(status(layout)).isEqualTo(3);
            passed = true;
        } finally {
            if (!passed) {
                runnerOutput().forEach(line -> System.out.println("runner> " + line));
            }
            runner.destroyForcibly();
            pidsToCleanUp.forEach(ChildProcesses::kill);
            ChildProcesses.killAllDescendants();
        }
    }

    private Process startRunner(HomeLayout layout, int offset) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "com.marketplace.aftersales.devstack.Devstack",
                "up", "--repo", repo.toString(), "--home", layout.home().toString(), "--only", "intake",
                "--port-offset", String.valueOf(offset), "--startup-timeout", "60"));
        runnerLog = repo.resolve("runner.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(runnerLog.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AFTERSALES_"));
        builder.environment().put("AFTERSALES_SERVICE_JAVA_OPTS", "-Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
        return builder.start();
    }

    private List<String> runnerOutput() {
        try {
            return Files.readAllLines(runnerLog);
        } catch (IOException e) {
            return List.of();
        }
    }

    private boolean printed(String text) {
        return runnerOutput().stream().anyMatch(line -> line.contains(text));
    }

    private static int status(HomeLayout layout) {
        ByteArrayOutputStream ignored = new ByteArrayOutputStream();
        return com.marketplace.aftersales.devstack.DevstackAccess.run(
                new String[] {"status", "--home", layout.home().toString()},
                new PrintStream(ignored, true, StandardCharsets.UTF_8), Map.of());
    }

    private static ComponentRecord component(RunState state, String name) {
        return state.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static String get(int port, String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static List<OrderSnapshot> demoOrders(int kafkaPort) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + kafkaPort);
        List<OrderSnapshot> orders = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = IntStream.range(0, Topics.ORDERS.partitions())
                    .mapToObj(p -> new TopicPartition(Topics.ORDERS.name(), p)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    OrderSnapshot order = EventCodec.decodeOrder(record.value());
                    assertThat(record.key()).isEqualTo(order.orderId());
                    orders.add(order);
                }
                return orders.size() >= 3;
            });
        }
        return orders;
    }

    /** An "intake-service.jar" that runs {@link FakeService} from the test classes. */
    private static void fakeServiceJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                FakeService.class.getProtectionDomain().getCodeSource().getLocation().toString());
        new JarOutputStream(Files.newOutputStream(jar), manifest).close();
    }
}
