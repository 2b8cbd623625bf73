package com.marketplace.aftersales.gateway.errors;

import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Errors that happen before any handler ran, as problem+json instead of Boot's default JSON: above all a method and
 * path no route and no endpoint of the gateway answers ({@code 404}). Backend failures are answered by the routes'
 * fallback; errors of the gateway's own endpoints by the platform's exception handler. Runs before Boot's handler.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final Problems problems;

    GatewayErrorHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        return problems.write(exchange.getResponse(), problemFor(exchange, error));
    }

    private static ApiProblem problemFor(ServerWebExchange exchange, Throwable error) {
        String endpoint = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath();
        HttpStatus status = ErrorStatus.of(error);
        if (status == HttpStatus.NOT_FOUND) {
            return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", "There is no endpoint " + endpoint, Map.of());
        }
        if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
            log.error("Unexpected failure handling {}", endpoint, error);
            return new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                    "Something went wrong in the gateway. Try again later.", Map.of());
        }
        return new ApiProblem(status, status.getReasonPhrase(), "The gateway cannot handle " + endpoint, Map.of());
    }
}
