package com.marketplace.aftersales.devstack.up;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/** Finds the ports of a run that something else already holds, before anything is started. */
final class PortCheck {

    private PortCheck() {
    }

    /** @return the taken ones among {@code ports}, by component name */
    static Map<String, Integer> taken(Map<String, Integer> ports) {
        Map<String, Integer> taken = new LinkedHashMap<>();
        ports.forEach((name, port) -> {
            if (!isFree(port)) {
                taken.put(name, port);
            }
        });
        return taken;
    }

    static boolean isFree(int port) {
        // Both the wildcard (services listen there) and loopback (Kafka, PostgreSQL, simulators listen there).
        return canBind(new InetSocketAddress(port)) && canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                port));
    }

    private static boolean canBind(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(address);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
