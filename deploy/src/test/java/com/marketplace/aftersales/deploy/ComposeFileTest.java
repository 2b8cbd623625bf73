package com.marketplace.aftersales.deploy;

import static com.marketplace.aftersales.deploy.DeployFiles.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposeFileTest {

    private final Map<String, Object> compose = DeployFiles.single("compose/compose.yaml");
    private final Map<String, Object> services = at(compose, "services");

    @Test
    void runsTheInfrastructureEveryServiceAndTheMonitoring() {
        assertThat(services).containsKeys("kafka", "kafka-topics", "postgres", "prometheus", "blackbox-exporter",
                "grafana");
        SuiteServices.ALL.forEach(s -> assertThat(services).containsKey(s.name()));
        assertThat((String) at(services, "kafka", "image")).isEqualTo("apache/kafka:4.2.1");
        assertThat((String) at(services, "postgres", "image")).isEqualTo("postgres:17");
    }

    @Test
    void kafkaIsASingleKraftNodeThatNeverCreatesTopicsOnItsOwn() {
        Map<String, Object> env = at(services, "kafka", "environment");
        assertThat(env.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
        assertThat(env).containsKeys("CLUSTER_ID", "KAFKA_CONTROLLER_QUORUM_VOTERS",
                "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR");
        assertThat((Object) at(services, "kafka", "healthcheck", "test")).isNotNull();
    }

    @Test
    void topicsAreCreatedOnceFromTheGeneratedScript() {
        Map<String, Object> job = at(services, "kafka-topics");
        assertThat(job.get("restart")).isEqualTo("no");
        assertThat((List<String>) job.get("volumes")).contains("../kafka/topics.sh:/opt/aftersales/topics.sh:ro");
        assertThat((List<String>) job.get("entrypoint")).containsExactly("sh", "/opt/aftersales/topics.sh");
        assertThat((String) at(job, "depends_on", "kafka", "condition")).isEqualTo("service_healthy");
    }

    @Test
    void postgresCreatesTheDatabaseOfEveryService() {
        List<String> volumes = at(services, "postgres", "volumes");
        assertThat(volumes).contains("./postgres/init-databases.sql:/docker-entrypoint-initdb.d/10-databases.sql:ro");
        String init = DeployFiles.read("compose/postgres/init-databases.sql");
        SuiteServices.ALL.stream().flatMap(s -> s.database().stream())
                .forEach(db -> assertThat(init).contains("CREATE DATABASE " + db + ";"));
    }

    @Test
    void everyServiceRunsItsOwnJarWithItsEnvironmentAndAReadinessHealthcheck() {
        for (SuiteServices service : SuiteServices.ALL) {
            Map<String, Object> container = at(services, service.name());
            String name = service.name();
            assertThat(container.get("image")).as(name).isEqualTo("eclipse-temurin:17-jre");
            assertThat((List<String>) container.get("command")).as(name)
                    .containsExactly("java", "-jar", "/app/" + name + ".jar");
            assertThat((List<String>) container.get("volumes")).as(name)
                    .contains("../../" + name + "/target:/app:ro", "./ready.sh:/opt/aftersales/ready.sh:ro");
            assertThat((List<String>) at(container, "healthcheck", "test")).as(name)
                    .containsExactly("CMD", "bash", "/opt/aftersales/ready.sh");
            assertThat((String) at(container, "depends_on", "kafka-topics", "condition"))
                    .isEqualTo("service_completed_successfully");

            Map<String, Object> env = at(container, "environment");
            assertThat(env.get("SERVER_PORT")).as(name).isEqualTo(String.valueOf(service.port()));
            assertThat(env.get("AFTERSALES_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            assertThat(env).containsKeys("AFTERSALES_JWT_JWK_SET_URI", "AFTERSALES_JWT_PUBLIC_KEY_LOCATION",
                    "AFTERSALES_JWT_ISSUER", "AFTERSALES_JWT_AUDIENCE", "JDK_JAVA_OPTIONS");
            assertThat((String) env.get("JDK_JAVA_OPTIONS")).contains("-XX:MaxRAMPercentage=");
            service.database().ifPresent(db -> {
                assertThat(env.get("AFTERSALES_DB_NAME")).as(name).isEqualTo(db);
                assertThat(env).containsKeys("AFTERSALES_DB_HOST", "AFTERSALES_DB_PORT", "AFTERSALES_DB_USER",
                        "AFTERSALES_DB_PASSWORD");
            });
        }
        Map<String, Object> gateway = at(services, "gateway", "environment");
        assertThat(gateway).containsEntry("AFTERSALES_INTAKE_URL", "http://intake-service:8081")
                .containsEntry("AFTERSALES_DIAGNOSIS_URL", "http://diagnosis-service:8082")
                .containsEntry("AFTERSALES_FULFILLMENT_URL", "http://fulfillment-service:8083")
                .containsEntry("AFTERSALES_FEEDBACK_URL", "http://feedback-service:8084")
                .containsEntry("AFTERSALES_CASE_VIEW_URL", "http://case-view:8086");
        assertThat((Map<String, Object>) at(services, "fulfillment-service", "environment"))
                .containsKeys("AFTERSALES_PAYMENTS_URL", "AFTERSALES_CARRIERS_URL");
        assertThat((Map<String, Object>) at(services, "sla-monitor", "environment"))
                .containsKey("AFTERSALES_SLA_TIME_SCALE");
    }

    @Test
    void everyFileTheStackMountsIsInTheRepository() {
        Path composeDir = DeployFiles.file("compose");
        for (Map.Entry<String, Object> entry : services.entrySet()) {
            List<String> volumes = at(entry.getValue(), "volumes");
            if (volumes == null) {
                continue;
            }
            for (String volume : volumes) {
                String source = volume.split(":")[0];
                if (!source.startsWith(".") || source.endsWith("/target")) {
                    continue; // named volumes; jars exist after the Maven build
                }
                assertThat(Files.exists(composeDir.resolve(source).normalize()))
                        .as("%s mounts %s", entry.getKey(), source).isTrue();
            }
        }
    }

    @Test
    void generatedDevelopmentKeysStayOutOfTheRepository() {
        assertThat(DeployFiles.read("compose/keys/.gitignore")).contains("*.pem");
        assertThat((Map<String, Object>) at(services, "gateway", "environment"))
                .containsEntry("AFTERSALES_JWT_PRIVATE_KEY_LOCATION",
                        "${AFTERSALES_JWT_PRIVATE_KEY_LOCATION:-file:/keys/dev-jwt-private.pem}");
    }

    @Test
    void theReadinessCheckAsksTheReadinessEndpoint() {
        String script = DeployFiles.read("compose/ready.sh");
        assertThat(script).startsWith("#!/usr/bin/env bash").contains("/actuator/health/readiness")
                .contains(" 200\"*) exit 0");
        assertThat(Files.isExecutable(DeployFiles.file("compose/ready.sh"))).isTrue();
    }
}
