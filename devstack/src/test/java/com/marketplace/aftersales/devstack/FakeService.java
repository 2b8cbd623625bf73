package com.marketplace.aftersales.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stand-in for a Spring Boot service, run as a child JVM by the tests: it answers
 * {@code /actuator/health/readiness} on {@code SERVER_PORT}, shows the {@code AFTERSALES_*} part of its environment
 * on {@code /env}, and exits when {@code AFTERSALES_PARENT_PID} disappears (as the real services do), so a test
 * that dies cannot leave it behind. {@code FAKE_SERVICE_EXIT_CODE} makes it exit at once, before being ready.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        String exitCode = System.getenv("FAKE_SERVICE_EXIT_CODE");
        if (exitCode != null) {
            System.out.println("fake service failing on purpose with " + exitCode);
            System.exit(Integer.parseInt(exitCode));
        }
        String parent = System.getenv("AFTERSALES_PARENT_PID");
        if (parent != null) {
            ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                    p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(0)),
                    () -> System.exit(0));
        }
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 16);
        server.createContext("/actuator/health/readiness", exchange -> send(exchange, "{\"status\":\"UP\"}"));
        server.createContext("/env", exchange -> send(exchange, environmentJson()));
        server.start();
        System.out.println("fake service ready on port " + port);
    }

    private static String environmentJson() {
        Map<String, String> shown = new TreeMap<>();
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("AFTERSALES_") || name.equals("SERVER_PORT") || name.startsWith("SPRING_")) {
                shown.put(name, value);
            }
        });
        StringBuilder json = new StringBuilder("{");
        shown.forEach((name, value) -> json.append(json.length() > 1 ? "," : "")
                .append('"').append(name).append("\":\"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
        return json.append('}').toString();
    }

    private static void send(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
