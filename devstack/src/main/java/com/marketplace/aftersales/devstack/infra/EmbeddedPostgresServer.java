package com.marketplace.aftersales.devstack.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server from binaries shipped as a Maven artifact, one per run, one database per service.
 * The server process runs detached from this JVM, so it must be closed; a leftover server from a killed run is
 * stopped before a new one starts on the same data directory ({@link StalePostgres}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * @param dataDir where the cluster lives; kept between runs when {@code keepData}
     * @param port    0 picks a free one
     * @param durable {@code synchronous_commit=on}: an acknowledged commit survives a crash of the server. The local
     *                run promises that; plain tests may trade it for speed.
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, boolean durable, boolean keepData) {
        return start(dataDir, port, durable, keepData, true);
    }

    /**
     * @param stopOnJvmExit whether the library stops the server from its own shutdown hook. The local runner turns
     *                      this off and stops the server itself, after the services that use it.
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, boolean durable, boolean keepData,
                                               boolean stopOnJvmExit) {
        return start(dataDir, port, durable, keepData, stopOnJvmExit, null);
    }

    /**
     * @param logFile where the server's own output is appended; {@code null} passes it to this JVM's logging, which
     *                ties the server's output to this JVM's life
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, boolean durable, boolean keepData,
                                               boolean stopOnJvmExit, Path logFile) {
        try {
            Files.createDirectories(dataDir);
            StalePostgres.stopIfRunning(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (logFile != null) {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                builder.setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            }
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(!keepData)
                    .setPort(port == 0 ? EmbeddedKafkaBroker.freePort() : port)
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "64MB")
                    .setServerConfig("listen_addresses", "localhost")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(stopOnJvmExit)
                    .start();
            log.info("PostgreSQL listening on localhost:{} (data in {})", postgres.getPort(), dataDir);
            return new EmbeddedPostgresServer(postgres, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** The postmaster's process id, from its pid file; empty if the server is not running. */
    public OptionalLong pid() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.isEmpty() ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public String r2dbcUrl(String database) {
        return "r2dbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
