package com.marketplace.aftersales.devstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.EventCodec;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.contracts.orders.OrderSnapshot;
import com.marketplace.aftersales.devstack.DevstackAccess;
import com.marketplace.aftersales.devstack.config.HomeLayout;
import com.marketplace.aftersales.devstack.infra.EmbeddedKafkaBroker;
import com.marketplace.aftersales.devstack.infra.TopicProvisioner;
import com.marketplace.aftersales.devstack.state.ComponentKind;
import com.marketplace.aftersales.devstack.state.ComponentRecord;
import com.marketplace.aftersales.devstack.state.ComponentsFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./aftersales demo} as the command line reaches it, before any step is played. */
class DemoCommandTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void withoutARunnerItSaysHowToStartOneAndExitsThree() throws Exception {
        assertThat(run("demo")).isEqualTo(3);
        assertThat(lines()).containsExactly("aftersales is not running; start it with ./aftersales up");

        // a file left by a runner that died is not a running suite
        HomeLayout layout = new HomeLayout(home);
        Files.createDirectories(layout.runDir());
        Files.writeString(layout.componentsFile(), "{\"runnerPid\": 2147483646, \"components\": []}");
        output.reset();
        assertThat(run("demo")).isEqualTo(3);
        assertThat(lines()).containsExactly("aftersales is not running; start it with ./aftersales up");
    }

    @Test
    void aRunWithoutTheGatewayCannotBePlayedAsTheAppPlaysIt() {
        ProcessHandle self = ProcessHandle.current();
        ComponentsFile file = new ComponentsFile(new HomeLayout(home).componentsFile(), "http://localhost:18080");
        file.put(new ComponentRecord("intake-service", ComponentKind.SERVICE, self.pid(), 18081,
                "http://localhost:18081/actuator/health/readiness", self.info().startInstant().orElse(null)));

        assertThat(run("demo")).isEqualTo(1);
        assertThat(lines()).singleElement().asString().startsWith("the gateway is not part of this run");
    }

    /**
     * The whole command as {@code ./aftersales demo} runs it: the run's broker and gateway found in its
     * {@code components.json}, the order published on the real topic, every step played through the (stub) gateway.
     */
    @Test
    void playsTheDemoOnTheBrokerAndTheGatewayOfTheRunningSuite() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(home.resolve("data/kafka"), 0, 0);
             StubGateway gateway = new StubGateway().refusingTheCaseUntilIntakeHasTheOrder(1)) {
            TopicProvisioner.createMissing(broker.bootstrapServers(), (short) 1);
            ProcessHandle self = ProcessHandle.current();
            Instant started = self.info().startInstant().orElse(null);
            ComponentsFile file = new ComponentsFile(new HomeLayout(home).componentsFile(), gateway.url());
            file.put(new ComponentRecord("kafka", ComponentKind.INFRASTRUCTURE, self.pid(), broker.port(), null,
                    started));
            int gatewayPort = URI.create(gateway.url()).getPort();
            file.put(new ComponentRecord("gateway", ComponentKind.SERVICE, self.pid(), gatewayPort,
                    gateway.url() + "/actuator/health/readiness", started));

            int exit = run("demo", "--step-timeout", "30");

            assertThat(exit).as(output.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(lines()).last().isEqualTo("demo finished: CLOSED");
            String orderId = gateway.creationRequest().get("orderId").asString();
            OrderSnapshot published = EventCodec.decodeOrder(orderRecord(broker.bootstrapServers(), orderId));
            assertThat(published.customerId()).isEqualTo("customer-demo-1");
            assertThat(published.lines().get(0).lineId()).isEqualTo(orderId + "-1");
        }
    }

    @Test
    void theStepTimeoutMustBeAWholeNumberOfSeconds() {
        assertThat(run("demo", "--step-timeout", "soon")).isEqualTo(2);
        assertThat(lines()).containsExactly(
                "--step-timeout / AFTERSALES_DEMO_STEP_TIMEOUT_SECONDS must be a whole number, was 'soon'");

        output.reset();
        assertThat(run("demo", "--step-timeout", "0")).isEqualTo(2);
        assertThat(lines()).containsExactly("--step-timeout must be at least 1 second");
    }

    /** The value of the record keyed {@code orderId} on {@code commerce.orders.v1}. */
    private static byte[] orderRecord(String bootstrapServers, String orderId) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ORDERS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (orderId.equals(record.key())) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("no record keyed " + orderId + " on " + Topics.ORDERS.name());
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
