package com.marketplace.aftersales.platform;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.platform.lifecycle.ParentProcessWatchdog;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Who this service is, what time it is, and where the current trace is: the basics every other part needs. */
@AutoConfiguration
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ServiceIdentity serviceIdentity(Environment environment) {
        String name = environment.getRequiredProperty("spring.application.name");
        return new ServiceIdentity(Component.byServiceName(name));
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The W3C {@code traceparent} of the current span, stored with outbox rows so traces cross Kafka. */
    @Bean
    @ConditionalOnMissingBean(name = "currentTraceparent")
    Supplier<String> currentTraceparent(ObjectProvider<Tracer> tracer) {
        return () -> {
            Tracer current = tracer.getIfAvailable();
            Span span = current == null ? null : current.currentSpan();
            if (span == null) {
                return null;
            }
            TraceContext context = span.context();
            String traceId = context.traceId().length() == 16 ? "0000000000000000" + context.traceId()
                    : context.traceId();
            return "00-" + traceId + "-" + context.spanId() + "-" + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
        };
    }

    @Bean
    ParentProcessWatchdog parentProcessWatchdog(PlatformProperties properties, ConfigurableApplicationContext context) {
        return new ParentProcessWatchdog(properties.supervisor().parentPid(), context);
    }
}
