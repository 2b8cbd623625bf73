package com.marketplace.aftersales.platform;

import com.marketplace.aftersales.platform.testapp.PlatformTestApplication;
import com.marketplace.aftersales.testsupport.TestInfrastructure;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the platform's integration tests: the test service against the shared real Kafka broker and PostgreSQL.
 * Every subclass uses the same configuration, so the Spring context is started once for all of them.
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PlatformIntegrationTest {

    protected static final TestInfrastructure INFRA = TestInfrastructure.shared();

    @Autowired
    protected DatabaseClient db;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.registerServiceProperties(registry, "platform_it");
    }

    protected int appliedSubmissions(UUID caseId) {
        return db.sql("select applied_count from applied_submission where case_id = :id")
                .bind("id", caseId)
                .map((row, meta) -> row.get("applied_count", Integer.class))
                .one()
                .blockOptional()
                .orElse(0);
    }

    protected int applications(String eventId) {
        return db.sql("select applied_count from applied_event where event_id = :id")
                .bind("id", eventId)
                .map((row, meta) -> row.get("applied_count", Integer.class))
                .one()
                .blockOptional()
                .orElse(0);
    }
}
