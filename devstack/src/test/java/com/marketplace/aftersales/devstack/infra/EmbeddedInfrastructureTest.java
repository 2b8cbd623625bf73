package com.marketplace.aftersales.devstack.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.TopicSpec;
import com.marketplace.aftersales.contracts.Topics;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureTest {

    @TempDir
    Path dir;

    @Test
    void theBrokerStartsWithEveryCatalogueTopicAtItsDeclaredPartitionCount() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0, 0)) {
            assertThat(TopicProvisioner.createMissing(broker.bootstrapServers(), (short) 1))
                    .hasSize(Topics.all().size());
            assertThat(TopicProvisioner.createMissing(broker.bootstrapServers(), (short) 1)).isEmpty();

            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            try (Admin admin = Admin.create(props)) {
                Map<String, TopicDescription> topics = admin.describeTopics(
                        Topics.all().stream().map(TopicSpec::name).toList()).allTopicNames().get();
                for (TopicSpec spec : Topics.all()) {
                    assertThat(topics.get(spec.name()).partitions()).hasSize(spec.partitions());
                }
            }
        }
    }

    @Test
    void postgresKeepsItsDataAcrossARestartAndCreatesDatabasesOnce() throws Exception {
        Path data = dir.resolve("pg");
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(data, 0, true, true)) {
            postgres.createDatabase("intake");
            postgres.createDatabase("intake");
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("intake"), "postgres", "postgres")) {
                c.createStatement().execute("create table marker(id int)");
                c.createStatement().execute("insert into marker values (42)");
            }
        }
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(data, 0, true, true);
             Connection c = DriverManager.getConnection(postgres.jdbcUrl("intake"), "postgres", "postgres");
             ResultSet rs = c.createStatement().executeQuery("select id from marker")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }
}
