package com.marketplace.aftersales.slamonitor;

import com.marketplace.aftersales.testsupport.TestInfrastructure;
import com.marketplace.aftersales.testsupport.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the monitor's integration tests: the whole application against the shared real Kafka broker (it has no
 * database), with the merchant's response deadline shortened the way a test environment does it. Every subclass uses
 * the same configuration, so the Spring context (and its Streams client) starts once.
 */
@SpringBootTest(classes = SlaMonitorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SlaMonitorIntegrationTest {

    protected static final TestInfrastructure INFRA = TestInfrastructure.shared();
    protected static final Duration MERCHANT_RESPONSE_LIMIT = Duration.ofSeconds(4);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", INFRA::bootstrapServers);
        TestTokens.registerIssuer(registry);
        // The variable operators set; application.yml maps it onto aftersales.sla.policies.merchant-response.limit.
        registry.add("AFTERSALES_SLA_MERCHANT_RESPONSE_LIMIT", MERCHANT_RESPONSE_LIMIT::toString);
        registry.add("aftersales.sla.punctuation-interval", () -> "200ms");
        // Fresh local state: the embedded broker is new in every test JVM, its changelogs too.
        registry.add("aftersales.sla.streams.state-dir", SlaMonitorIntegrationTest::freshStateDir);
    }

    private static String freshStateDir() {
        try {
            Path dir = Files.createTempDirectory("sla-monitor-it-");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
