package com.marketplace.aftersales.platform.outbox;

import org.flywaydb.core.Flyway;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import com.marketplace.aftersales.platform.PlatformAutoConfiguration;
import com.marketplace.aftersales.platform.PlatformProperties;
import com.marketplace.aftersales.platform.ServiceIdentity;
import com.marketplace.aftersales.platform.db.PlatformMigrations;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.inbox.Inbox;
import com.marketplace.aftersales.platform.inbox.InboxHousekeeping;
import com.marketplace.aftersales.platform.support.PeriodicTask;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database side of reliable messaging, for services that own a database: platform migrations, the outbox and its
 * relay, the inbox, and their housekeeping.
 */
@ConditionalOnClass({ConnectionFactory.class, KafkaTemplate.class, Flyway.class})
@AutoConfiguration(after = {PlatformAutoConfiguration.class, R2dbcAutoConfiguration.class,
        KafkaAutoConfiguration.class})
@ConditionalOnBean(ConnectionFactory.class)
public class OutboxAutoConfiguration {

    @Bean
    PlatformMigrations platformMigrations(Environment env) {
        return new PlatformMigrations(env.getRequiredProperty("spring.flyway.url"),
                env.getProperty("spring.flyway.user"), env.getProperty("spring.flyway.password"));
    }

    @Bean
    @ConditionalOnMissingBean
    DatabaseClient databaseClient(ConnectionFactory connectionFactory) {
        return DatabaseClient.create(connectionFactory);
    }

    @Bean
    Outbox outbox(DatabaseClient db, ServiceIdentity identity, Clock clock,
                  @Qualifier("currentTraceparent") Supplier<String> traceparent, PlatformMigrations migrated) {
        return new Outbox(db, identity, clock, traceparent);
    }

    @Bean
    Inbox inbox(DatabaseClient db, PlatformMigrations migrated) {
        return new Inbox(db);
    }

    @Bean
    OutboxMetrics outboxMetrics(MeterRegistry registry, Clock clock) {
        return new OutboxMetrics(registry, clock);
    }

    @Bean
    OutboxStore outboxStore(DatabaseClient db, PlatformMigrations migrated) {
        return new OutboxStore(db);
    }

    @Bean
    @ConditionalOnProperty(name = "aftersales.outbox.relay.enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(OutboxStore store, ConnectionFactory connectionFactory, ServiceIdentity identity,
                            KafkaProperties kafka, OutboxMetrics metrics, PlatformProperties properties, Clock clock,
                            ObjectProvider<RelayFaultInjector> faults, MeterRegistry registry) {
        RelayFaultInjector injector = faults.getIfAvailable(() -> RelayFaultInjector.NONE);
        return OutboxRelays.create(store, connectionFactory, identity, kafka.buildProducerProperties(), metrics,
                properties.outbox(), clock, injector, registry);
    }

    @Bean
    PeriodicTask outboxHousekeeping(OutboxStore store, OutboxMetrics metrics, PlatformProperties properties,
                                    Clock clock) {
        PlatformProperties.Outbox config = properties.outbox();
        return new PeriodicTask("outbox-housekeeping", Duration.ZERO, config.housekeepingInterval(),
                new OutboxHousekeeping(store, metrics, config, clock));
    }

    @Bean
    PeriodicTask inboxHousekeeping(Inbox inbox, PlatformProperties properties, Clock clock) {
        PlatformProperties.Inbox config = properties.inbox();
        return new PeriodicTask("inbox-housekeeping", config.housekeepingInterval(), config.housekeepingInterval(),
                new InboxHousekeeping(inbox, config, clock));
    }

    @Bean
    IdempotentRequests idempotentRequests(DatabaseClient db, ReactiveTransactionManager transactionManager,
                                          JsonMapper jsonMapper, Clock clock, PlatformMigrations migrated) {
        return new IdempotentRequests(db, TransactionalOperator.create(transactionManager), jsonMapper, clock);
    }

    @Bean
    PeriodicTask idempotencyHousekeeping(IdempotentRequests requests, Clock clock) {
        return new PeriodicTask("idempotency-housekeeping", Duration.ofMinutes(5), Duration.ofHours(1),
                () -> requests.forgetExpiredBefore(clock.instant().minus(IdempotentRequests.TIME_TO_LIVE))
                        .block(Duration.ofMinutes(1)));
    }

    /** Builds relays; tests use it to start a second relay, as a restarted instance would. */
    public static final class OutboxRelays {

        private OutboxRelays() {
        }

        static OutboxRelay create(OutboxStore store, ConnectionFactory connectionFactory, ServiceIdentity identity,
                                  Map<String, Object> producerProperties, OutboxMetrics metrics,
                                  PlatformProperties.Outbox config, Clock clock, RelayFaultInjector faults,
                                  MeterRegistry registry) {
            Map<String, Object> props = new HashMap<>(producerProperties);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, identity.name() + "-outbox-relay");
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                    (int) Math.min(config.sendTimeout().toMillis(), 15_000));
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            return new OutboxRelay(store, wake -> new RelayLeadership(connectionFactory, identity.name(), wake),
                    () -> {
                        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                                new ByteArraySerializer());
                        return new OutboxPublisher(producer, identity.component().eventSource(),
                                new KafkaClientMetrics(producer), registry);
                    },
                    metrics, config, clock, faults);
        }
    }
}
