package com.marketplace.aftersales.platform.security;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import reactor.core.publisher.Mono;

/** 401 and 403 as {@code application/problem+json}, like every other error of the API. */
public final class ProblemAuthenticationHandlers {

    private ProblemAuthenticationHandlers() {
    }

    public static ServerAuthenticationEntryPoint entryPoint() {
        return (exchange, e) -> {
            ServerHttpResponse response = exchange.getResponse();
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            return write(response, HttpStatus.UNAUTHORIZED,
                    "A valid bearer token is required: missing, malformed, expired or not issued for this API.");
        };
    }

    public static ServerAccessDeniedHandler accessDenied() {
        return (exchange, e) -> write(exchange.getResponse(), HttpStatus.FORBIDDEN,
                "Your role may not use this endpoint.");
    }

    /** A request the firewall refused (an encoded slash, a '..' segment, a control character): 400, not echoed. */
    public static Mono<Void> rejected(ServerHttpResponse response) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        return write(response, HttpStatus.BAD_REQUEST, "The request path or headers hold something this API never"
                + " uses (an encoded slash, a '..' segment, a control character); ids are UUIDs.");
    }

    private static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String detail) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String body = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\"}";
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
    }
}
