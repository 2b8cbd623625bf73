package com.marketplace.aftersales.gateway.errors;

import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the gateway's own answers (no route, backend down, timeout) as {@code application/problem+json}, in the shape
 * the services use ({@link ApiProblem}), so the app parses one error format whoever answered.
 */
@Component
public class Problems {

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerHttpResponse response, ApiProblem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type().toString());
        body.put("title", problem.title());
        body.put("status", problem.status().value());
        body.put("detail", problem.getMessage());
        body.putAll(problem.properties());
        response.setStatusCode(problem.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(json.writeValueAsBytes(body))));
    }
}
