package com.marketplace.aftersales.devstack.services;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.devstack.config.UsageException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The services of a local run, in start order: the gateway last, so it only opens once everything behind it is up. */
public final class ServiceCatalogue {

    public static final ServiceDefinition INTAKE = service(Component.INTAKE_SERVICE, 8081, "intake");
    public static final ServiceDefinition DIAGNOSIS = service(Component.DIAGNOSIS_SERVICE, 8082, "diagnosis");
    public static final ServiceDefinition FULFILLMENT = service(Component.FULFILLMENT_SERVICE, 8083, "fulfillment");
    public static final ServiceDefinition FEEDBACK = service(Component.FEEDBACK_SERVICE, 8084, "feedback");
    public static final ServiceDefinition SLA_MONITOR = service(Component.SLA_MONITOR, 8085, null);
    public static final ServiceDefinition CASE_VIEW = service(Component.CASE_VIEW, 8086, "case_view");
    public static final ServiceDefinition GATEWAY = service(Component.GATEWAY, 8080, null);

    private static final List<ServiceDefinition> ALL =
            List.of(INTAKE, DIAGNOSIS, FULFILLMENT, FEEDBACK, SLA_MONITOR, CASE_VIEW, GATEWAY);

    private ServiceCatalogue() {
    }

    public static List<ServiceDefinition> all() {
        return ALL;
    }

    public static Map<String, Integer> defaultPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ALL.forEach(service -> ports.put(service.name(), service.defaultPort()));
        return ports;
    }

    /** Every database of the run, whether or not its service is started this time. */
    public static List<String> databases() {
        return ALL.stream().flatMap(s -> s.database().stream()).toList();
    }

    /**
     * @param only comma separated service names ({@code intake-service} or just {@code intake}); empty starts none;
     *             absent starts all
     * @return the chosen services in start order
     */
    public static List<ServiceDefinition> select(Optional<String> only) {
        if (only.isEmpty()) {
            return ALL;
        }
        Set<String> wanted = Arrays.stream(only.get().split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(ServiceCatalogue::canonicalName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return ALL.stream().filter(s -> wanted.contains(s.name())).toList();
    }

    private static String canonicalName(String name) {
        for (ServiceDefinition service : ALL) {
            if (service.name().equals(name) || service.name().equals(name + "-service")) {
                return service.name();
            }
        }
        throw new UsageException("--only: no service is named '" + name + "'; the services are "
                + ALL.stream().map(ServiceDefinition::name).collect(Collectors.joining(", ")));
    }

    private static ServiceDefinition service(Component component, int port, String database) {
        return new ServiceDefinition(component, port, Optional.ofNullable(database));
    }
}
