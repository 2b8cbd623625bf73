package com.marketplace.aftersales.devstack.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.devstack.config.HomeLayout;
import com.marketplace.aftersales.devstack.config.Ports;
import com.marketplace.aftersales.devstack.config.UsageException;
import com.marketplace.aftersales.devstack.keys.DevJwtKeys;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    private static final DevJwtKeys KEYS = new DevJwtKeys(Path.of("/home/dev/.aftersales/keys/dev-jwt-private.pem"),
            Path.of("/home/dev/.aftersales/keys/dev-jwt-public.pem"));
    private static final HomeLayout LAYOUT = new HomeLayout(Path.of("/home/dev/.aftersales"));
    private static final Ports DEFAULT_PORTS = Ports.resolve(ServiceCatalogue.defaultPorts(), 0, Map.of());

    @Test
    void aServiceWithADatabaseLearnsWhereEverythingIs() {
        Map<String, String> env = ServiceEnvironment.of(ServiceCatalogue.INTAKE, DEFAULT_PORTS, KEYS, LAYOUT, 4242);
        assertThat(env).containsEntry("AFTERSALES_FULFILLMENT_URL", "http://localhost:8083");

        assertThat(env).containsEntry("SERVER_PORT", "8081")
                .containsEntry("SPRING_PROFILES_ACTIVE", "local")
                .containsEntry("AFTERSALES_PARENT_PID", "4242")
                .containsEntry("AFTERSALES_KAFKA_BOOTSTRAP_SERVERS", "localhost:19092")
                .containsEntry("AFTERSALES_DB_HOST", "localhost")
                .containsEntry("AFTERSALES_DB_PORT", "15432")
                .containsEntry("AFTERSALES_DB_NAME", "intake")
                .containsEntry("AFTERSALES_DB_USER", "postgres")
                .containsEntry("AFTERSALES_DB_PASSWORD", "postgres")
                .containsEntry("AFTERSALES_JWT_PUBLIC_KEY_LOCATION",
                        "file:/home/dev/.aftersales/keys/dev-jwt-public.pem")
                .containsEntry("AFTERSALES_JWT_ISSUER", "http://localhost:8080/dev")
                .containsEntry("AFTERSALES_JWT_AUDIENCE", "aftersales")
                .doesNotContainKeys("AFTERSALES_JWT_PRIVATE_KEY_LOCATION", "AFTERSALES_PAYMENTS_URL");
        assertThat(ServiceEnvironment.of(ServiceCatalogue.CASE_VIEW, DEFAULT_PORTS, KEYS, LAYOUT, 1))
                .containsEntry("AFTERSALES_DB_NAME", "case_view");
    }

    @Test
    void onlyTheGatewayGetsThePrivateKeyAndTheServiceUrls() {
        Map<String, String> env = ServiceEnvironment.of(ServiceCatalogue.GATEWAY, DEFAULT_PORTS, KEYS, LAYOUT, 1);

        assertThat(env).containsEntry("SERVER_PORT", "8080")
                .containsEntry("AFTERSALES_JWT_PRIVATE_KEY_LOCATION",
                        "file:/home/dev/.aftersales/keys/dev-jwt-private.pem")
                .containsEntry("AFTERSALES_INTAKE_URL", "http://localhost:8081")
                .containsEntry("AFTERSALES_DIAGNOSIS_URL", "http://localhost:8082")
                .containsEntry("AFTERSALES_FULFILLMENT_URL", "http://localhost:8083")
                .containsEntry("AFTERSALES_FEEDBACK_URL", "http://localhost:8084")
                .containsEntry("AFTERSALES_CASE_VIEW_URL", "http://localhost:8086")
                .doesNotContainKey("AFTERSALES_DB_NAME");
        assertThat(ServiceEnvironment.of(ServiceCatalogue.SLA_MONITOR, DEFAULT_PORTS, KEYS, LAYOUT, 1))
                .containsEntry("AFTERSALES_SLA_STATE_DIR", "/home/dev/.aftersales/data/sla-monitor")
                .containsEntry("SERVER_PORT", "8085")
                .doesNotContainKeys("AFTERSALES_DB_NAME", "AFTERSALES_JWT_PRIVATE_KEY_LOCATION");
    }

    @Test
    void fulfillmentIsToldWhereThePaymentAndCarrierSystemsAre() {
        assertThat(ServiceEnvironment.of(ServiceCatalogue.FULFILLMENT, DEFAULT_PORTS, KEYS, LAYOUT, 1))
                .containsEntry("AFTERSALES_DB_NAME", "fulfillment")
                .containsEntry("AFTERSALES_PAYMENTS_URL", "http://localhost:8091")
                .containsEntry("AFTERSALES_CARRIERS_URL", "http://localhost:8092");
    }

    @Test
    void thePortOffsetShiftsEveryPortAndSinglePortsCanBeOverridden() {
        Ports shifted = Ports.resolve(ServiceCatalogue.defaultPorts(), 1000,
                Map.of("AFTERSALES_INTAKE_SERVICE_PORT", "7000"));

        assertThat(shifted.all()).containsEntry("gateway", 9080).containsEntry("intake-service", 8000)
                .containsEntry("case-view", 9086).containsEntry("payment-simulator", 9091)
                .containsEntry("carrier-simulator", 9092).containsEntry("postgres", 16432)
                .containsEntry("kafka", 20092).containsEntry("kafka-controller", 20093);
        assertThat(ServiceEnvironment.of(ServiceCatalogue.GATEWAY, shifted, KEYS, LAYOUT, 1))
                .containsEntry("AFTERSALES_JWT_ISSUER", "http://localhost:9080/dev")
                .containsEntry("AFTERSALES_INTAKE_URL", "http://localhost:8000");
        assertThatThrownBy(() -> Ports.resolve(ServiceCatalogue.defaultPorts(), 60_000, Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("AFTERSALES_PORT_OFFSET");
    }

    @Test
    void onlySelectsServicesByFullOrShortNameInStartOrder() {
        assertThat(ServiceCatalogue.select(Optional.empty())).hasSize(7).last().isEqualTo(ServiceCatalogue.GATEWAY);
        assertThat(ServiceCatalogue.select(Optional.of(""))).isEmpty();
        assertThat(ServiceCatalogue.select(Optional.of("gateway, intake,case-view")))
                .containsExactly(ServiceCatalogue.INTAKE, ServiceCatalogue.CASE_VIEW, ServiceCatalogue.GATEWAY);
        assertThatThrownBy(() -> ServiceCatalogue.select(Optional.of("billing")))
                .isInstanceOf(UsageException.class).hasMessageContaining("billing").hasMessageContaining("intake");
        assertThat(ServiceCatalogue.INTAKE.jar(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/intake-service/target/intake-service.jar"));
    }
}
