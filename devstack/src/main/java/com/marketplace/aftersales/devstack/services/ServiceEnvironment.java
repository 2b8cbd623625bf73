package com.marketplace.aftersales.devstack.services;

import com.marketplace.aftersales.devstack.config.HomeLayout;
import com.marketplace.aftersales.devstack.config.Ports;
import com.marketplace.aftersales.devstack.infra.EmbeddedPostgresServer;
import com.marketplace.aftersales.devstack.keys.DevJwtKeys;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables a service gets from the runner: where Kafka, its database, the signing keys and its
 * neighbours are. They are added on top of the runner's own environment, so other {@code AFTERSALES_*} settings a
 * developer exported reach every service unchanged.
 */
public final class ServiceEnvironment {

    public static final String JWT_ISSUER_PATH = "/dev";
    public static final String JWT_AUDIENCE = "aftersales";

    private ServiceEnvironment() {
    }

    public static Map<String, String> of(ServiceDefinition service, Ports ports, DevJwtKeys keys, HomeLayout layout,
                                         long runnerPid) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", String.valueOf(ports.of(service.name())));
        // Loopback only: the local run issues tokens for any role to anyone who can reach the gateway.
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("SPRING_PROFILES_ACTIVE", "local");
        env.put("AFTERSALES_PARENT_PID", String.valueOf(runnerPid));
        // JSON log lines (with trace and case ids) in logs/<service>.log, as in production
        env.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        env.put("AFTERSALES_KAFKA_BOOTSTRAP_SERVERS", "localhost:" + ports.of(Ports.KAFKA));
        env.put("AFTERSALES_DB_HOST", "localhost");
        env.put("AFTERSALES_DB_PORT", String.valueOf(ports.of(Ports.POSTGRES)));
        service.database().ifPresent(database -> env.put("AFTERSALES_DB_NAME", database));
        env.put("AFTERSALES_DB_USER", EmbeddedPostgresServer.USER);
        env.put("AFTERSALES_DB_PASSWORD", EmbeddedPostgresServer.PASSWORD);
        env.put("AFTERSALES_JWT_PUBLIC_KEY_LOCATION", "file:" + keys.publicKey());
        env.put("AFTERSALES_JWT_ISSUER", url(ports, ServiceCatalogue.GATEWAY) + JWT_ISSUER_PATH);
        env.put("AFTERSALES_JWT_AUDIENCE", JWT_AUDIENCE);
        if (service.equals(ServiceCatalogue.GATEWAY)) {
            env.put("AFTERSALES_JWT_PRIVATE_KEY_LOCATION", "file:" + keys.privateKey());
            env.put("AFTERSALES_INTAKE_URL", url(ports, ServiceCatalogue.INTAKE));
            env.put("AFTERSALES_DIAGNOSIS_URL", url(ports, ServiceCatalogue.DIAGNOSIS));
            env.put("AFTERSALES_FULFILLMENT_URL", url(ports, ServiceCatalogue.FULFILLMENT));
            env.put("AFTERSALES_FEEDBACK_URL", url(ports, ServiceCatalogue.FEEDBACK));
            env.put("AFTERSALES_CASE_VIEW_URL", url(ports, ServiceCatalogue.CASE_VIEW));
        }
        if (service.equals(ServiceCatalogue.INTAKE)) {
            // intake asks fulfillment, before a withdrawal, whether goods or money have moved
            env.put("AFTERSALES_FULFILLMENT_URL", url(ports, ServiceCatalogue.FULFILLMENT));
        }
        if (service.equals(ServiceCatalogue.SLA_MONITOR)) {
            // Kafka Streams state under the run's home, so a restart of the monitor restores from local state
            env.put("AFTERSALES_SLA_STATE_DIR", layout.slaMonitorState().toString());
        }
        if (service.equals(ServiceCatalogue.FULFILLMENT)) {
            env.put("AFTERSALES_PAYMENTS_URL", "http://localhost:" + ports.of(Ports.PAYMENT_SIMULATOR));
            env.put("AFTERSALES_CARRIERS_URL", "http://localhost:" + ports.of(Ports.CARRIER_SIMULATOR));
        }
        return env;
    }

    public static String url(Ports ports, ServiceDefinition service) {
        return "http://localhost:" + ports.of(service.name());
    }
}
