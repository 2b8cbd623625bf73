package com.marketplace.aftersales.gateway.apidocs;

import com.marketplace.aftersales.gateway.apidocs.RouteTable.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.io.ClassPathResource;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The suite's OpenAPI 3.1 document: every service's own description, reduced to what the gateway routes to it,
 * merged ({@link ApiDocsMerger}), plus the gateway's own endpoints ({@code POST /dev/tokens} where it exists, i.e. in
 * the local profile). Built on demand and kept for {@code cache-for}; while a service is missing, for
 * {@code retry-missing-after} only. A service that is down never costs the whole document: the rest is served, and
 * what is missing is said in {@code info.description} and {@code x-aftersales-missing}.
 */
public class MergedApiDocs {

    static final String MISSING_EXTENSION = "x-aftersales-missing";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final BackendApiDocs backends;
    private final RouteTable routes;
    private final SuiteDescription description;
    private final JsonMapper json;
    private final Clock clock;
    private final ApiDocsProperties properties;
    private final JsonNode devTokens;
    private final JsonNode sharedComponents;
    private final AtomicReference<Built> cached = new AtomicReference<>();
    private final AtomicReference<Mono<Built>> building = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();

    MergedApiDocs(BackendApiDocs backends, RouteTable routes, SuiteDescription description, JsonMapper json,
                  Clock clock, ApiDocsProperties properties, boolean devTokensIssued) {
        this.backends = backends;
        this.routes = routes;
        this.description = description;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        this.devTokens = devTokensIssued ? resource("apidocs/dev-tokens.json") : null;
        this.sharedComponents = resource("apidocs/shared-components.json");
    }

    /** The document as JSON, from the cache while it is fresh. */
    Mono<byte[]> document() {
        return Mono.defer(() -> {
            Built current = cached.get();
            if (current != null && clock.instant().isBefore(current.freshUntil())) {
                return Mono.just(current.json());
            }
            return rebuild().map(Built::json);
        });
    }

    /** Forgets the cached document: the next request asks the services again. */
    public void invalidate() {
        generation.incrementAndGet();
        cached.set(null);
    }

    /** One build at a time: concurrent requests for a stale document share it. */
    private Mono<Built> rebuild() {
        while (true) {
            Mono<Built> inProgress = building.get();
            if (inProgress != null) {
                return inProgress;
            }
            long startedIn = generation.get();
            AtomicReference<Mono<Built>> self = new AtomicReference<>();
            Mono<Built> build = build()
                    .doOnNext(built -> {
                        if (generation.get() == startedIn) {
                            cached.set(built);
                        }
                    })
                    .doFinally(signal -> building.compareAndSet(self.get(), null))
                    .cache();
            self.set(build);
            if (building.compareAndSet(null, build)) {
                return build;
            }
        }
    }

    private Mono<Built> build() {
        return backends.fetchAll().flatMap(documents -> {
            List<Operation> operations = new ArrayList<>();
            for (ServiceDocument document : documents) {
                if (document instanceof ServiceDocument.Available available) {
                    operations.addAll(operationsOf(available.document()));
                }
            }
            return routes.owners(operations).map(owners -> merge(documents, owners));
        });
    }

    private Built merge(List<ServiceDocument> documents, Map<Operation, String> owners) {
        ApiDocsMerger merger = new ApiDocsMerger();
        List<ServiceDocument.Missing> missing = new ArrayList<>();
        for (ServiceDocument document : documents) {
            if (document instanceof ServiceDocument.Available available) {
                merger.add(available.service(), available.document(),
                        (method, path) -> available.service().equals(owners.get(new Operation(method, path))));
            } else {
                missing.add((ServiceDocument.Missing) document);
            }
        }
        if (devTokens != null) {
            merger.add("gateway", devTokens, (method, path) -> true);
        }
        merger.addIfAbsent(sharedComponents);

        ObjectNode root = NODES.objectNode();
        root.put("openapi", "3.1.0");
        root.set("info", description.info(missing));
        root.putArray("servers").addObject().put("url", "/").put("description", "this gateway");
        root.putArray("security").addObject().putArray("bearer");
        root.set("tags", merger.tags());
        root.set("paths", merger.paths());
        root.set("components", merger.components());
        ArrayNode missingParts = root.putArray(MISSING_EXTENSION);
        missing.forEach(part -> missingParts.addObject().put("service", part.service()).put("reason", part.reason()));
        Instant now = clock.instant();
        return new Built(json.writeValueAsBytes(root),
                now.plus(missing.isEmpty() ? properties.cacheFor() : properties.retryMissingAfter()));
    }

    private static List<Operation> operationsOf(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : ApiDocsMerger.METHODS) {
                if (path.getValue().has(method)) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey()));
                }
            }
        }
        return operations;
    }

    private JsonNode resource(String location) {
        try (InputStream in = new ClassPathResource(location).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
    }

    private record Built(byte[] json, Instant freshUntil) {
    }
}
