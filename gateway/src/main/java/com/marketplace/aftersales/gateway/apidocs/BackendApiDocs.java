package com.marketplace.aftersales.gateway.apidocs;

import com.marketplace.aftersales.gateway.GatewayProperties;
import java.net.ConnectException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads every backend's own {@code /v3/api-docs}, all at once; a backend that fails is reported missing, not fatal. */
class BackendApiDocs {

    /** The order the parts are merged in (first come keeps a contested component name). */
    static final List<String> ORDER = List.of("intake", "diagnosis", "fulfillment", "feedback", "case-view");
    private static final Logger log = LoggerFactory.getLogger(BackendApiDocs.class);

    private final Map<String, URI> backends;
    private final WebClient client;
    private final JsonMapper json;
    private final ApiDocsProperties properties;

    BackendApiDocs(GatewayProperties gateway, WebClient client, JsonMapper json, ApiDocsProperties properties) {
        this.backends = gateway.backends();
        this.client = client;
        this.json = json;
        this.properties = properties;
    }

    Mono<List<ServiceDocument>> fetchAll() {
        List<String> services = new ArrayList<>(backends.keySet());
        services.sort(Comparator.comparingInt((String service) -> ORDER.contains(service) ? ORDER.indexOf(service)
                : ORDER.size()).thenComparing(Comparator.naturalOrder()));
        return Flux.fromIterable(services)
                .flatMapSequential(this::fetch)
                .collectList();
    }

    private Mono<ServiceDocument> fetch(String service) {
        URI uri = URI.create(backends.get(service).toString().replaceAll("/+$", "") + "/v3/api-docs");
        return client.get().uri(uri).accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(byte[].class)
                .timeout(properties.fetchTimeout())
                .map(body -> read(service, body))
                .onErrorResume(failure -> Mono.just(missing(service, failure)));
    }

    private ServiceDocument read(String service, byte[] body) {
        JsonNode document;
        try {
            document = json.readTree(body);
        } catch (RuntimeException unreadable) {
            return new ServiceDocument.Missing(service, "its document is not JSON");
        }
        if (!document.isObject() || !document.path("openapi").asString("").startsWith("3.")
                || !document.path("paths").isObject()) {
            return new ServiceDocument.Missing(service, "its document is not an OpenAPI 3 description");
        }
        return new ServiceDocument.Available(service, document);
    }

    private static ServiceDocument missing(String service, Throwable failure) {
        String reason;
        if (failure instanceof TimeoutException) {
            reason = "it did not answer in time";
        } else if (failure instanceof WebClientResponseException answered) {
            reason = "it answered " + answered.getStatusCode().value();
        } else if (hasCause(failure, ConnectException.class)) {
            reason = "it is not reachable";
        } else {
            reason = "it could not be read";
        }
        log.warn("The API description of {} is missing from the merged one: {} ({})", service, reason,
                failure.toString());
        return new ServiceDocument.Missing(service, reason);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
