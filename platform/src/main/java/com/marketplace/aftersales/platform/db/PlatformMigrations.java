package com.marketplace.aftersales.platform.db;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the platform's tables (outbox, inbox) with a schema history of their own, so a platform change never has
 * to be numbered around a service's migrations. Runs before anything uses the database: outbox and inbox beans depend
 * on it.
 */
public class PlatformMigrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(PlatformMigrations.class);

    private final String url;
    private final String user;
    private final String password;

    public PlatformMigrations(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public void afterPropertiesSet() {
        int applied = Flyway.configure()
                .dataSource(url, user, password)
                .table("platform_schema_history")
                .locations("classpath:db/platform")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate()
                .migrationsExecuted;
        if (applied > 0) {
            log.info("Applied {} platform migration(s)", applied);
        }
    }
}
