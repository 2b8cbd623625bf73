package com.marketplace.aftersales.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for one backend service: records every request it receives and answers with a small JSON naming itself.
 * Some requests are answered differently: a path ending in {@code /stream} gets one server-sent event, then the stream
 * stays open until {@link #release()}; a request with {@value #HOLD_HEADER} is answered only after {@link #release()}
 * (a backend too slow to answer); one with {@value #STATUS_HEADER} gets that status; {@code GET /v3/api-docs} gets the
 * document set with {@link #apiDocs(String)} (404 without one); a GET of a path given an ETag with
 * {@link #etag(String, String)} answers with it (304 for a matching {@code If-None-Match}), one marked
 * {@link #missing(String)} is a 404 problem.
 */
public final class BackendStub {

    public static final String HOLD_HEADER = "X-Stub-Hold";
    /** A request with this header is answered with that status (a backend's own error). */
    public static final String STATUS_HEADER = "X-Stub-Status";

    /**
     * @param body       the body as text, when it is small (up to {@value #KEPT_BODY_BYTES} bytes), else null
     * @param bodyLength the number of bytes received
     * @param bodySha256 their SHA-256, hex
     */
    public record Received(String method, String path, String query, Map<String, List<String>> headers,
                           String body, long bodyLength, String bodySha256) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst().orElse(null);
        }
    }

    static final int KEPT_BODY_BYTES = 64 * 1024;

    private final String name;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> etags = new ConcurrentHashMap<>();
    private final Set<String> missing = ConcurrentHashMap.newKeySet();
    private volatile String apiDocs;
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

    /** What {@code GET /v3/api-docs} answers from now on; null for a 404. */
    public void apiDocs(String document) {
        this.apiDocs = document;
    }

    /** {@code GET path} answers 200 with this {@code ETag} (304 when {@code If-None-Match} is the same). */
    public void etag(String path, String etag) {
        missing.remove(path);
        etags.put(path, etag);
    }

    /** {@code GET path} answers a 404 problem, as case-view does for a case that is not the caller's. */
    public void missing(String path) {
        etags.remove(path);
        missing.add(path);
    }

    /** The requests with this method and path. */
    public List<Received> received(String method, String path) {
        return received.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        CountDownLatch hold = held;
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getRawPath();
        received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()),
                bytes.length <= KEPT_BODY_BYTES ? new String(bytes, StandardCharsets.UTF_8) : null, bytes.length,
                sha256(bytes)));
        try {
            if (exchange.getRequestURI().getPath().endsWith("/stream")) {
                stream(exchange, hold);
                return;
            }
            if ("GET".equals(exchange.getRequestMethod()) && answeredFromScript(exchange, path)) {
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

    private boolean answeredFromScript(HttpExchange exchange, String path) throws IOException {
        if (path.equals("/v3/api-docs")) {
            String document = apiDocs;
            if (document == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                send(exchange, 200, "application/json", document);
            }
            return true;
        }
        if (missing.contains(path)) {
            send(exchange, 404, "application/problem+json",
                    "{\"title\":\"Not found\",\"status\":404,\"detail\":\"Case does not exist or is not yours\"}");
            return true;
        }
        String etag = etags.get(path);
        if (etag == null) {
            return false;
        }
        exchange.getResponseHeaders().set("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
        } else {
            send(exchange, 200, "application/json", "{\"servedBy\":\"" + name + "\"}");
        }
        return true;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void stream(HttpExchange exchange, CountDownLatch hold) throws IOException {
        streamCompleted = false;
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        // The stream's own cache rule, which the gateway keeps (it sets no-store on everything else).
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
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
