package com.marketplace.aftersales.caseview.api;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall refuses a path with an encoded slash, a {@code ..} segment or a control character (say
 * {@code /api/v1/cases/..%2F..}) before any handler runs, by default with an empty 400. Here it is a problem like
 * every other bad input, naming the path (without echoing it).
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    private static final byte[] PROBLEM = """
            {"type":"https://aftersales.example/problems/invalid-request","title":"Invalid request","status":400,\
            "detail":"The request path or headers hold something this API never uses (an encoded slash, a '..' \
            segment, a control character)","errors":[{"field":"path","message":"must be a plain path; ids are \
            UUIDs"}]}""".getBytes(StandardCharsets.UTF_8);

    @Bean
    ServerExchangeRejectedHandler problemForRejectedRequests() {
        return (exchange, rejected) -> {
            ServerHttpResponse response = exchange.getResponse();
            if (response.isCommitted()) {
                return Mono.empty();
            }
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return response.writeWith(Mono.just(response.bufferFactory().wrap(PROBLEM)));
        };
    }
}
