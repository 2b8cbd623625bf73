package com.marketplace.aftersales.devstack.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every fixed port of a local run. Each is {@code (AFTERSALES_<NAME>_PORT or its default) + AFTERSALES_PORT_OFFSET},
 * where NAME is the component name in upper case with underscores ({@code AFTERSALES_INTAKE_SERVICE_PORT}), so a
 * second suite (a test run) can live beside a developer's by shifting all of them at once.
 */
public final class Ports {

    public static final String POSTGRES = "postgres";
    public static final String KAFKA = "kafka";
    public static final String KAFKA_CONTROLLER = "kafka-controller";
    public static final String PAYMENT_SIMULATOR = "payment-simulator";
    public static final String CARRIER_SIMULATOR = "carrier-simulator";

    private static final Map<String, Integer> INFRASTRUCTURE_DEFAULTS = infrastructureDefaults();

    private final Map<String, Integer> ports;
    private final int offset;

    private Ports(Map<String, Integer> ports, int offset) {
        this.ports = Map.copyOf(ports);
        this.offset = offset;
    }

    /** @param serviceDefaults each service's default port, by service name */
    public static Ports resolve(Map<String, Integer> serviceDefaults, int offset, Map<String, String> env) {
        Map<String, Integer> defaults = new LinkedHashMap<>(INFRASTRUCTURE_DEFAULTS);
        defaults.putAll(serviceDefaults);
        Map<String, Integer> resolved = new LinkedHashMap<>();
        defaults.forEach((name, fallback) -> {
            String variable = variableFor(name);
            int base = Settings.intValue(variable, env.get(variable), fallback);
            int port = base + offset;
            if (port < 1 || port > 65_535) {
                throw new UsageException("Port of " + name + " would be " + port + " (" + variable + "=" + base
                        + " plus AFTERSALES_PORT_OFFSET=" + offset + "); choose a smaller offset");
            }
            resolved.put(name, port);
        });
        return new Ports(resolved, offset);
    }

    public static String variableFor(String component) {
        return "AFTERSALES_" + component.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
    }

    public int of(String component) {
        Integer port = ports.get(component);
        if (port == null) {
            throw new IllegalArgumentException("No port is defined for " + component);
        }
        return port;
    }

    public int offset() {
        return offset;
    }

    /** All ports by component name, for checking that they are free before anything starts. */
    public Map<String, Integer> all() {
        return ports;
    }

    private static Map<String, Integer> infrastructureDefaults() {
        Map<String, Integer> defaults = new LinkedHashMap<>();
        // Not 5432/9092: a real PostgreSQL or Kafka on the machine may hold those.
        defaults.put(POSTGRES, 15432);
        defaults.put(KAFKA, 19092);
        defaults.put(KAFKA_CONTROLLER, 19093);
        defaults.put(PAYMENT_SIMULATOR, 8091);
        defaults.put(CARRIER_SIMULATOR, 8092);
        return defaults;
    }
}
