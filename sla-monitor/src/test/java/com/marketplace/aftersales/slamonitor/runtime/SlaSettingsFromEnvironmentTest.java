package com.marketplace.aftersales.slamonitor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.clocks.Deadlines;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicies;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/** The documented environment variables reach the settings through application.yml. */
class SlaSettingsFromEnvironmentTest {

    @Test
    void withoutEnvironmentEveryPolicyKeepsItsDomainLimitAndTimeIsReal() {
        SlaProperties properties = bind(Map.of());

        assertThat(properties.timeScale()).isEqualTo(1.0);
        assertThat(properties.punctuationInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(properties.streams().replicationFactor()).isEqualTo(1);
        Deadlines deadlines = Deadlines.of(ClockPolicies.standard(), properties);
        for (ClockPolicy policy : ClockPolicies.standard().all()) {
            assertThat(deadlines.limitOf(policy.id())).isEqualTo(policy.defaultLimit());
        }
    }

    @Test
    void timeScaleAndEveryPolicysLimitCanBeSetByItsEnvironmentVariable() {
        Map<String, Object> environment = new HashMap<>();
        environment.put("AFTERSALES_SLA_TIME_SCALE", "0.01");
        int seconds = 10;
        Map<ClockPolicy, Duration> expected = new HashMap<>();
        for (ClockPolicy policy : ClockPolicies.standard().all()) {
            String variable = "AFTERSALES_SLA_" + policy.id().id().toUpperCase(Locale.ROOT).replace('-', '_') + "_LIMIT";
            environment.put(variable, "PT" + seconds + "S");
            expected.put(policy, Duration.ofSeconds(seconds++));
        }

        SlaProperties properties = bind(environment);

        assertThat(properties.timeScale()).isEqualTo(0.01);
        Deadlines deadlines = Deadlines.of(ClockPolicies.standard(), properties);
        expected.forEach((policy, limit) -> assertThat(deadlines.limitOf(policy.id())).as(policy.id().id())
                .isEqualTo(limit));
    }

    private static SlaProperties bind(Map<String, Object> environment) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource("env", environment));
        try {
            new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                    .forEach(sources::addLast);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Binder binder = new Binder(ConfigurationPropertySources.from(sources),
                new PropertySourcesPlaceholdersResolver(sources));
        return binder.bindOrCreate("aftersales.sla", SlaProperties.class);
    }
}
