package com.marketplace.aftersales.devstack.up;

import com.marketplace.aftersales.devstack.config.Ports;
import com.marketplace.aftersales.devstack.config.Settings;
import com.marketplace.aftersales.devstack.services.ServiceCatalogue;
import com.marketplace.aftersales.devstack.services.ServiceDefinition;
import com.marketplace.aftersales.devstack.services.ServiceEnvironment;
import java.util.ArrayList;
import java.util.List;

/** The block printed once everything is up; tests wait for its {@link #READY} line. */
final class Banner {

    static final String READY = "aftersales is ready";
    private static final String RULE = "-".repeat(72);

    private Banner() {
    }

    static List<String> lines(Settings settings, List<ServiceDefinition> services) {
        Ports ports = settings.ports();
        List<String> lines = new ArrayList<>();
        lines.add(RULE);
        lines.add("  " + READY);
        lines.add("");
        if (services.contains(ServiceCatalogue.GATEWAY)) {
            lines.add(row("gateway", ServiceEnvironment.url(ports, ServiceCatalogue.GATEWAY)));
        } else {
            lines.add(row("gateway", "not started (--only); services answer on their own ports"));
        }
        for (ServiceDefinition service : services) {
            if (!service.equals(ServiceCatalogue.GATEWAY)) {
                lines.add(row(service.name(), ServiceEnvironment.url(ports, service)));
            }
        }
        lines.add(row("payments (simulated)", "http://localhost:" + ports.of(Ports.PAYMENT_SIMULATOR) + "/ledger"));
        lines.add(row("carriers (simulated)", "http://localhost:" + ports.of(Ports.CARRIER_SIMULATOR)));
        lines.add(row("kafka", "localhost:" + ports.of(Ports.KAFKA)));
        lines.add(row("postgres", "localhost:" + ports.of(Ports.POSTGRES) + "  user postgres, password postgres"));
        lines.add(row("logs", settings.layout().logsDir().toString()));
        lines.add("");
        lines.add("  ./aftersales status   shows what is up;  Ctrl-C here stops everything");
        lines.add(RULE);
        return lines;
    }

    private static String row(String label, String value) {
        return String.format("  %-22s %s", label, value);
    }
}
