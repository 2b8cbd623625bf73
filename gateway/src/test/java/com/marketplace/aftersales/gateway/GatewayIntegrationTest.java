package com.marketplace.aftersales.gateway;

import com.marketplace.aftersales.testsupport.TestTokens;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the gateway's integration tests: the gateway as deployed (no local profile) on a random port, the backends
 * stood in by {@link BackendStub}s, tokens from {@link TestTokens}. One Spring context for all subclasses.
 * <p>
 * The tests talk to the gateway as if through a trusted proxy (127.0.0.1 is configured as one): each test gets its
 * own client address in {@code X-Forwarded-For}, so the per-address rate limit of one test never touches another.
 * The rate limiters count time with a {@link MovableTicker}.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                // Short enough that the slow-backend test does not wait long, far above what a stub needs to answer.
                "spring.cloud.gateway.server.webflux.httpclient.response-timeout=2s",
                "aftersales.gateway.trusted-proxies=127.0.0.1,::1",
                "aftersales.gateway.cors.allowed-origins=" + GatewayIntegrationTest.WEB_ORIGIN,
                "aftersales.gateway.security-headers.hsts-max-age=365d",
                // Tokens whose roles have no limit of their own (none of TestTokens' have) get a tiny bucket, for
                // the test of refilling: one request a second, two at once.
                "aftersales.gateway.rate-limits.principal.default-limit.per-second=1",
                "aftersales.gateway.rate-limits.principal.default-limit.burst=2"})
@Import(GatewayIntegrationTest.RateLimitTime.class)
public abstract class GatewayIntegrationTest {

    /** Marks each test request so the test can find it among everything a stub received. */
    protected static final String MARK = "X-Test-Mark";
    protected static final String FORWARDED_FOR = "X-Forwarded-For";
    protected static final String WEB_ORIGIN = "https://console.example.com";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Value("${local.server.port}")
    private int port;

    protected WebTestClient client;
    /** The address the default client's requests come from (TEST-NET-2, one per test). */
    protected String clientAddress;

    @DynamicPropertySource
    static void backendsAndIssuer(DynamicPropertyRegistry registry) {
        Backends.register(registry);
        TestTokens.registerIssuer(registry);
    }

    @BeforeEach
    void client() {
        clientAddress = "198.51.100." + (ADDRESSES.getAndIncrement() % 254 + 1);
        client = clientFrom(clientAddress);
    }

    /** A client whose requests come from {@code address}, as a trusted proxy would say. */
    protected WebTestClient clientFrom(String address) {
        return WebTestClient.bindToServer().baseUrl(gatewayUrl())
                .defaultHeader(FORWARDED_FOR, address)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    protected String gatewayUrl() {
        return "http://localhost:" + port;
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RateLimitTime {

        @Bean
        @Primary
        MovableTicker movableTicker() {
            return new MovableTicker();
        }
    }
}
