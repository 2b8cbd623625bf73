package com.marketplace.aftersales.intake.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Fulfillment's withdrawal endpoint as intake sees it, on a free port: answers what a test tells it to, records every
 * request, can run a test's code while a request is being answered, and can hold its answer (a fulfillment too slow
 * to answer) until the test lets it go.
 */
public final class FulfillmentStub implements AutoCloseable {

    /** What fulfillment received: the path and the {@code Authorization} header intake forwarded. */
    public record Received(String method, String path, String authorization) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fulfillment-stub");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status;
    private volatile String body;
    private volatile Consumer<Received> whileAnswering;
    private volatile CountDownLatch hold;

    private FulfillmentStub(HttpServer server) {
        this.server = server;
        reset();
    }

    public static FulfillmentStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            FulfillmentStub stub = new FulfillmentStub(server);
            server.createContext("/", stub::handle);
            server.setExecutor(stub.threads);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Back to agreeing to every withdrawal at once, with nothing recorded. */
    public void reset() {
        received.clear();
        whileAnswering = request -> { };
        release();
        agree();
    }

    /** {@code 200}: nothing moved, the execution is cancelled. */
    public void agree() {
        answer(200, "application/json", "{\"caseId\":\"00000000-0000-0000-0000-000000000000\","
                + "\"execution\":\"CANCELLED\"}");
    }

    /** {@code 409}: goods or money moved; fulfillment's case is {@code currentStatus}. */
    public void refuse(String currentStatus) {
        answer(409, "application/problem+json", "{\"type\":\"https://aftersales.example/problems/conflict\","
                + "\"title\":\"Conflict\",\"status\":409,\"detail\":\"goods or money have moved\","
                + "\"currentStatus\":\"" + currentStatus + "\"}");
    }

    /** {@code 503}, as a fulfillment that is down behind a proxy answers. */
    public void beDown() {
        answer(503, "application/problem+json", "{\"title\":\"Service unavailable\",\"status\":503}");
    }

    /** Answers only once {@link #release()} is called: a fulfillment that is too slow. */
    public void holdAnswers() {
        hold = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch held = hold;
        if (held != null) {
            held.countDown();
        }
        hold = null;
    }

    /** Runs {@code action} after a request arrived and before it is answered. */
    public void whileAnswering(Consumer<Received> action) {
        whileAnswering = action;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }

    private void answer(int status, String contentType, String body) {
        this.status = status;
        this.body = contentType + "\n" + body;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getRequestBody().readAllBytes();
            received.add(request);
            whileAnswering.accept(request);
            CountDownLatch held = hold;
            if (held != null && !held.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("A held answer was never released");
            }
            String[] typeAndBody = body.split("\n", 2);
            byte[] bytes = typeAndBody[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", typeAndBody[0]);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
