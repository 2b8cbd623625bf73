package com.marketplace.aftersales.devstack.up;

import com.marketplace.aftersales.devstack.config.Ports;
import com.marketplace.aftersales.devstack.services.ServiceCatalogue;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** A port offset under which every port of a run is free, so a test run never collides with a developer's. */
final class FreePortOffset {

    private FreePortOffset() {
    }

    static int find() {
        for (int attempt = 0; attempt < 50; attempt++) {
            // Keep every port below the usual ephemeral range (32768+), where outgoing connections could take one.
            int offset = 1000 + 100 * ThreadLocalRandom.current().nextInt(120);
            Map<String, Integer> ports = Ports.resolve(ServiceCatalogue.defaultPorts(), offset, Map.of()).all();
            if (ports.values().stream().allMatch(PortCheck::isFree)) {
                return offset;
            }
        }
        throw new IllegalStateException("No port offset with all ports free");
    }
}
