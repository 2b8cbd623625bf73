package com.marketplace.aftersales.gateway.apidocs;

import com.marketplace.aftersales.gateway.GatewayProperties;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which service the gateway sends an operation to, asked of the live routes ({@link RouteLocator}), in their order,
 * exactly as a request would be matched: the route table in application.yml is the only source of truth for what
 * the merged API description contains. A route leads to the service whose base URL
 * ({@code aftersales.gateway.backends.*}) is its URI.
 */
class RouteTable {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}/]+}");
    /** Stands in for each path variable: any one segment, as the routes' patterns expect. */
    private static final String SAMPLE_SEGMENT = "0";

    private final RouteLocator routes;
    private final Map<URI, String> serviceByUri = new LinkedHashMap<>();

    RouteTable(RouteLocator routes, GatewayProperties gateway) {
        this.routes = routes;
        gateway.backends().forEach((service, uri) -> serviceByUri.put(normalize(uri), service));
    }

    record Operation(String method, String path) {
    }

    /** The service each operation is routed to; operations no route takes are absent. */
    Mono<Map<Operation, String>> owners(Collection<Operation> operations) {
        return Flux.fromIterable(operations)
                .concatMap(operation -> ownerOf(operation).map(owner -> Map.entry(operation, owner)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private Mono<String> ownerOf(Operation operation) {
        String samplePath = PATH_VARIABLE.matcher(operation.path()).replaceAll(SAMPLE_SEGMENT);
        ServerWebExchange probe = RouteProbe.exchange(HttpMethod.valueOf(operation.method()), samplePath);
        return routes.getRoutes()
                .concatMap(route -> {
                    probe.getAttributes().put(ServerWebExchangeUtils.GATEWAY_PREDICATE_ROUTE_ATTR, route.getId());
                    return Mono.from(route.getPredicate().apply(probe))
                            .filter(Boolean::booleanValue)
                            .map(matched -> route);
                })
                .next()
                .flatMap(route -> Mono.justOrEmpty(serviceOf(route)));
    }

    private Optional<String> serviceOf(Route route) {
        return Optional.ofNullable(serviceByUri.get(normalize(route.getUri())));
    }

    private static URI normalize(URI uri) {
        String text = uri.toString().toLowerCase(Locale.ROOT);
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
