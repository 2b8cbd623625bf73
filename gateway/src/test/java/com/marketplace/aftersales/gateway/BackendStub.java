package com.marketplace.aftersales.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for one backend service: records every request it receives and answers with a small JSON naming itself.
 * Two requests are answered differently: a path ending in {@code /stream} gets one server-sent event, then the stream
 * stays open until {@link #release()}; a request with {@value #HOLD_HEADER} is answered only after {@link #release()}
 * (a backend too slow to answer); one with {@value #STATUS_HEADER} gets that status.
 */
public final class BackendStub {

    public static final String HOLD_HEADER = "X-Stub-Hold";
    /** A request with this header is answered with that status (a backend's own error). */
    public static final String STATUS_HEADER = "X-Stub-Status";

    public record Received(String method, String path, String query, Map<String, List<String>> headers,
                           String body) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst().orElse(null);
        }
    }

    private final String name;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r);
        thread.setDaemon(true);
        return thread;
    });
    private volatile CountDownLatch held = new CountDownLatch(1);
    private volatile boolean streamCompleted;
    private HttpServer server;
    private int port;

    BackendStub(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** Starts on a free port the first time, on the same port after {@link #stop()}. */
    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the " + name + " stub", e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
        port = server.getAddress().getPort();
    }

    /** Like a crashed service: the port refuses connections. */
    public synchronized void stop() {
        release();
        server.stop(0);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The request that carried {@code mark} in header {@code name}, if this stub got it. */
    public Optional<Received> receivedWith(String header, String mark) {
        return received.stream().filter(request -> mark.equals(request.header(header))).findFirst();
    }

    /** Lets held answers and open streams finish; later ones are held again. */
    public void release() {
        CountDownLatch current = held;
        held = new CountDownLatch(1);
        current.countDown();
    }

    public boolean streamCompleted() {
        return streamCompleted;
    }

    private void handle(HttpExchange exchange) throws IOException {
        CountDownLatch hold = held;
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
        try {
            if (exchange.getRequestURI().getPath().endsWith("/stream")) {
                stream(exchange, hold);
                return;
            }
            if (exchange.getRequestHeaders().containsKey(HOLD_HEADER)) {
                awaitRelease(hold);
            }
            byte[] answer = ("{\"servedBy\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            String status = exchange.getRequestHeaders().getFirst(STATUS_HEADER);
            exchange.sendResponseHeaders(status != null ? Integer.parseInt(status)
                    : "POST".equals(exchange.getRequestMethod()) ? 201 : 200, answer.length);
            exchange.getResponseBody().write(answer);
        } finally {
            exchange.close();
        }
    }

    private void stream(HttpExchange exchange, CountDownLatch hold) throws IOException {
        streamCompleted = false;
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("id: 1\nevent: timeline\ndata: {\"type\":\"CaseSubmitted\"}\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        awaitRelease(hold);
        try {
            out.write("id: 2\nevent: timeline\ndata: {\"type\":\"CaseReviewed\"}\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException clientGone) {
            // the test stopped listening after the first event
        }
        streamCompleted = true;
    }

    private static void awaitRelease(CountDownLatch hold) {
        try {
            hold.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
