package com.marketplace.aftersales.simulators.http;

import com.marketplace.aftersales.simulators.SimulatorBehaviour;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP side every simulator shares: routing, the fault injection around business routes, the control endpoints
 * ({@code /health}, {@code GET|PUT|PATCH /sim/behaviour}, {@code POST /sim/reset}) and problem+json errors. Delayed
 * answers are sent from a scheduler rather than by sleeping a handler thread, so a hanging simulator never runs out
 * of threads.
 */
public final class SimulatorHttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatorHttpServer.class);
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final String name;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService lateAnswers;
    private final FaultInjector faults;
    private final Runnable resetState;
    private final List<Route> routes;

    private SimulatorHttpServer(String name, HttpServer server, ExecutorService handlers,
                                ScheduledExecutorService lateAnswers, FaultInjector faults, Runnable resetState,
                                List<Route> businessRoutes) {
        this.name = name;
        this.server = server;
        this.handlers = handlers;
        this.lateAnswers = lateAnswers;
        this.faults = faults;
        this.resetState = resetState;
        List<Route> all = new ArrayList<>(businessRoutes);
        all.add(Route.control("GET", "/health", r -> Response.json(200, Map.of("status", "UP"))));
        all.add(Route.control("GET", "/sim/behaviour", r -> Response.json(200, faults.current())));
        all.add(Route.control("PUT", "/sim/behaviour", r -> replaceBehaviour(r, SimulatorBehaviour.defaults())));
        all.add(Route.control("PATCH", "/sim/behaviour", r -> replaceBehaviour(r, faults.current())));
        all.add(Route.control("POST", "/sim/reset", r -> reset()));
        this.routes = List.copyOf(all);
    }

    /**
     * @param port       0 picks a free one
     * @param resetState clears the simulator's own state on {@code POST /sim/reset}
     */
    public static SimulatorHttpServer start(String name, int port, FaultInjector faults, Runnable resetState,
                                            List<Route> businessRoutes) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        ExecutorService handlers = Executors.newFixedThreadPool(4, daemonThreads(name + "-http"));
        ScheduledExecutorService lateAnswers =
                Executors.newSingleThreadScheduledExecutor(daemonThreads(name + "-late-answers"));
        SimulatorHttpServer simulator =
                new SimulatorHttpServer(name, server, handlers, lateAnswers, faults, resetState, businessRoutes);
        server.createContext("/", simulator::handle);
        server.setExecutor(handlers);
        server.start();
        log.debug("{} listening on port {}", name, server.getAddress().getPort());
        return simulator;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        lateAnswers.shutdownNow();
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        try {
            Response response;
            long delayMillis = 0;
            try {
                Request request = readRequest(exchange);
                Optional<Matched> matched = route(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
                if (matched.isEmpty()) {
                    response = notRouted(exchange);
                } else if (matched.get().route().business()) {
                    FaultInjector.Fault fault = faults.next();
                    delayMillis = fault.delayMillis();
                    response = answerWithFault(fault, matched.get(), request);
                } else {
                    response = matched.get().route().handler().handle(matched.get().bind(request));
                }
            } catch (BadRequestException e) {
                response = Response.badRequest(e.getMessage());
            } catch (RuntimeException e) {
                log.error("{} failed on {} {}", name, exchange.getRequestMethod(), exchange.getRequestURI(), e);
                response = Response.problem(500, "internal-error", "Internal error", "The simulator has a bug: " + e);
            }
            sendAfter(exchange, response, delayMillis);
        } catch (RuntimeException e) {
            log.error("{} could not answer", name, e);
            exchange.close();
        }
    }

    private Response answerWithFault(FaultInjector.Fault fault, Matched matched, Request request) {
        switch (fault.kind()) {
            case FAIL:
                return Response.unavailable(name + " is failing on purpose (simulated outage)");
            case HANG:
                return Response.unavailable(name + " hung on purpose and processed nothing");
            default:
                return matched.route().handler().handle(matched.bind(request));
        }
    }

    private Response replaceBehaviour(Request request, SimulatorBehaviour base) {
        JsonNode changes = request.jsonObject();
        ObjectNode merged = Json.MAPPER.valueToTree(base);
        changes.properties().forEach(field -> {
            if (!merged.has(field.getKey())) {
                throw new BadRequestException("Unknown behaviour field '" + field.getKey() + "'; known: "
                        + merged.propertyNames());
            }
            merged.set(field.getKey(), field.getValue());
        });
        SimulatorBehaviour next;
        try {
            next = Json.MAPPER.treeToValue(merged, SimulatorBehaviour.class);
        } catch (JacksonException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            String detail = cause instanceof JacksonException ? ((JacksonException) cause).getOriginalMessage()
                    : cause.getMessage();
            throw new BadRequestException("Not a usable behaviour: " + detail, e);
        }
        faults.replace(next);
        log.info("{} behaviour is now {}", name, next);
        return Response.json(200, faults.current());
    }

    private Response reset() {
        faults.replace(SimulatorBehaviour.defaults());
        resetState.run();
        log.info("{} reset", name);
        return Response.json(200, faults.current());
    }

    private Optional<Matched> route(String method, String rawPath) {
        for (Route route : routes) {
            Optional<Map<String, String>> variables = route.match(rawPath);
            if (variables.isPresent() && route.method().equals(method)) {
                return Optional.of(new Matched(route, variables.get()));
            }
        }
        return Optional.empty();
    }

    private Response notRouted(HttpExchange exchange) {
        String path = exchange.getRequestURI().getRawPath();
        List<String> allowed = routes.stream()
                .filter(r -> r.match(path).isPresent())
                .map(Route::method)
                .distinct()
                .toList();
        if (allowed.isEmpty()) {
            return Response.notFound("No such resource: " + path);
        }
        exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
        return Response.problem(405, "method-not-allowed", "Method not allowed",
                exchange.getRequestMethod() + " is not supported on " + path + "; use " + allowed);
    }

    private static Request readRequest(HttpExchange exchange) {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new BadRequestException("The body could not be read: " + e.getMessage(), e);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new BadRequestException("The body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), Map.of(), body);
    }

    private void sendAfter(HttpExchange exchange, Response response, long delayMillis) {
        if (delayMillis <= 0) {
            send(exchange, response);
            return;
        }
        try {
            lateAnswers.schedule(() -> send(exchange, response), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            exchange.close(); // closing down: the late answer will never be sent
        }
    }

    private static void send(HttpExchange exchange, Response response) {
        try {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            if (response.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        } catch (IOException e) {
            log.debug("The client went away before its answer: {}", e.getMessage());
        } finally {
            exchange.close();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Matched(Route route, Map<String, String> variables) {

        Request bind(Request request) {
            return new Request(request.method(), request.path(), variables, request.body());
        }
    }
}
