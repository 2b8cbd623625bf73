package com.marketplace.aftersales.platform.testapp;

import com.marketplace.aftersales.platform.security.Caller;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** An API endpoint protected by the platform's default security, to test token validation. */
@RestController
class ProbeController {

    /** Stands for any request that meets a lock held too long or a database that is away. */
    @GetMapping("/api/v1/busy")
    Mono<Map<String, Object>> busy() {
        return Mono.error(new org.springframework.dao.CannotAcquireLockException("lock wait timeout"));
    }

    @GetMapping("/api/v1/public/ping")
    Mono<Map<String, Object>> ping() {
        return Mono.just(Map.of("pong", true));
    }

    @GetMapping("/api/v1/unavailable")
    Mono<Map<String, Object>> unavailable() {
        return Mono.error(com.marketplace.aftersales.platform.web.ApiProblem.unavailable("the payment provider is down",
                java.time.Duration.ofSeconds(7)));
    }

    @GetMapping("/api/v1/whoami")
    Mono<Map<String, Object>> whoami() {
        return Caller.current().map(caller -> Map.of("id", caller.id(), "roles", caller.roles()));
    }
}
