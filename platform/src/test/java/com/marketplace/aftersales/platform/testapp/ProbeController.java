package com.marketplace.aftersales.platform.testapp;

import com.marketplace.aftersales.platform.security.Caller;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** An API endpoint protected by the platform's default security, to test token validation. */
@RestController
class ProbeController {

    @GetMapping("/api/v1/whoami")
    Mono<Map<String, Object>> whoami() {
        return Caller.current().map(caller -> Map.of("id", caller.id(), "roles", caller.roles()));
    }
}
