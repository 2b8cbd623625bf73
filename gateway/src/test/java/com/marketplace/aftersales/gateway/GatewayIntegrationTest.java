package com.marketplace.aftersales.gateway;

import com.marketplace.aftersales.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the gateway's integration tests: the gateway as deployed (no local profile) on a random port, the backends
 * stood in by {@link BackendStub}s, tokens from {@link TestTokens}. One Spring context for all subclasses.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Short enough that the slow-backend test does not wait long, far above what a stub needs to answer.
        properties = "spring.cloud.gateway.server.webflux.httpclient.response-timeout=2s")
public abstract class GatewayIntegrationTest {

    /** Marks each test request so the test can find it among everything a stub received. */
    protected static final String MARK = "X-Test-Mark";

    @Value("${local.server.port}")
    private int port;

    protected WebTestClient client;

    @DynamicPropertySource
    static void backendsAndIssuer(DynamicPropertyRegistry registry) {
        Backends.register(registry);
        TestTokens.registerIssuer(registry);
    }

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl(gatewayUrl()).build();
    }

    protected String gatewayUrl() {
        return "http://localhost:" + port;
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }
}
