package com.marketplace.aftersales.testsupport;

import com.marketplace.aftersales.devstack.infra.EmbeddedKafkaBroker;
import com.marketplace.aftersales.devstack.infra.EmbeddedPostgresServer;
import com.marketplace.aftersales.devstack.infra.TopicProvisioner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real Kafka broker and one real PostgreSQL for the whole test JVM, started on first use and stopped when the JVM
 * exits. With a Docker engine the containers are used (closest to production); without one, the project's embedded
 * broker and server (the same ones {@code ./aftersales up} runs). Either way the catalogue's topics exist, broker
 * auto-create is off, and the run logs which kind it got.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static volatile TestInfrastructure shared;

    private final String kind;
    private final String bootstrapServers;
    private final String postgresHost;
    private final int postgresPort;
    private final String username;
    private final String password;

    private TestInfrastructure(String kind, String bootstrapServers, String postgresHost, int postgresPort,
                               String username, String password) {
        this.kind = kind;
        this.bootstrapServers = bootstrapServers;
        this.postgresHost = postgresHost;
        this.postgresPort = postgresPort;
        this.username = username;
        this.password = password;
    }

    public static TestInfrastructure shared() {
        if (shared == null) {
            synchronized (TestInfrastructure.class) {
                if (shared == null) {
                    shared = start();
                }
            }
        }
        return shared;
    }

    private static TestInfrastructure start() {
        boolean docker = dockerAvailable();
        TestInfrastructure infrastructure = docker ? startContainers() : startEmbedded();
        TopicProvisioner.createMissing(infrastructure.bootstrapServers, (short) 1);
        log.info("Test infrastructure: {} (Kafka {}, PostgreSQL {}:{})", infrastructure.kind,
                infrastructure.bootstrapServers, infrastructure.postgresHost, infrastructure.postgresPort);
        return infrastructure;
    }

    private static boolean dockerAvailable() {
        if (Boolean.getBoolean("aftersales.test.embedded")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static TestInfrastructure startEmbedded() {
        Path dir;
        try {
            dir = Files.createTempDirectory("aftersales-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir.resolve("postgres"), 0, false, false);
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
            deleteQuietly(dir);
        }, "test-infrastructure-stop"));
        return new TestInfrastructure("embedded (no Docker engine found)", kafka.bootstrapServers(), "localhost",
                postgres.port(), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
    }

    /** The broker's and the database's files: a test run leaves nothing behind in the temporary directory. */
    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.debug("Could not delete {}", dir, e);
        }
    }

    @SuppressWarnings("resource")
    private static TestInfrastructure startContainers() {
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.2.1")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        postgres.start();
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            postgres.stop();
        }, "test-infrastructure-stop"));
        return new TestInfrastructure("Testcontainers", kafka.getBootstrapServers(), postgres.getHost(),
                postgres.getFirstMappedPort(), postgres.getUsername(), postgres.getPassword());
    }

    public String kind() {
        return kind;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/" + database;
    }

    public String r2dbcUrl(String database) {
        return "r2dbc:postgresql://" + postgresHost + ":" + postgresPort + "/" + database;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** A fresh, empty database of this name (dropped first if an earlier test class of this JVM left one). */
    public void recreateDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    public boolean databaseExists(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username, password);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            return rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Points a Spring Boot service at this infrastructure: Kafka, its R2DBC database and Flyway, and the test token
     * issuer's key. Use from a {@code @DynamicPropertySource} method.
     */
    public void registerServiceProperties(DynamicPropertyRegistry registry, String database) {
        if (!databaseExists(database)) {
            recreateDatabase(database);
        }
        registry.add("spring.kafka.bootstrap-servers", this::bootstrapServers);
        registry.add("spring.r2dbc.url", () -> r2dbcUrl(database));
        registry.add("spring.r2dbc.username", this::username);
        registry.add("spring.r2dbc.password", this::password);
        registry.add("spring.flyway.url", () -> jdbcUrl(database));
        registry.add("spring.flyway.user", this::username);
        registry.add("spring.flyway.password", this::password);
        TestTokens.registerIssuer(registry);
    }
}
