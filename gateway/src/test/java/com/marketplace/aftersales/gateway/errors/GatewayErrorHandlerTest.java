package com.marketplace.aftersales.gateway.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** The last resort for errors outside any handler: still problem+json, never internals. */
class GatewayErrorHandlerTest {

    private final GatewayErrorHandler handler = new GatewayErrorHandler(new Problems(JsonMapper.shared()));

    @Test
    void anUnknownEndpointIsANotFoundProblem() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.delete("/api/v1/nothing"));

        handler.handle(exchange, new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED)).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"status\":404", "There is no endpoint DELETE /api/v1/nothing");
    }

    @Test
    void anUnexpectedFailureRevealsNothingAboutTheInternals() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/cases"));

        handler.handle(exchange, new IllegalStateException("pool exhausted at 10.0.3.7")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"status\":500").doesNotContain("10.0.3.7", "IllegalStateException");
    }
}
