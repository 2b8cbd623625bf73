package com.marketplace.aftersales.slamonitor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.calendar.Calendars;
import com.marketplace.aftersales.slamonitor.clocks.Deadlines;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicies;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicy;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
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
import org.springframework.util.unit.DataSize;

/** The documented environment variables reach the settings through application.yml. */
class SlaSettingsFromEnvironmentTest {

    @Test
    void withoutEnvironmentEveryPolicyKeepsItsDomainLimitAndTimeIsReal() {
        SlaProperties properties = bind(Map.of());

        assertThat(properties.timeScale()).isEqualTo(1.0);
        assertThat(properties.punctuationInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(properties.streams().replicationFactor()).isEqualTo(1);
        assertThat(properties.calendar().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(properties.calendar().workingDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(properties.calendar().location()).isEqualTo(SlaProperties.Calendar.DEFAULT_LOCATION);
        assertThat(properties.rocksdb().blockCacheSize()).isEqualTo(DataSize.ofMegabytes(64));
        Deadlines deadlines = Deadlines.of(ClockPolicies.standard(), properties, Calendars.shipped());
        for (ClockPolicy policy : ClockPolicies.standard().all()) {
            assertThat(deadlines.limitOf(policy.id())).isEqualTo(policy.defaultLimit());
        }
    }

    @Test
    void timeScaleAndEveryPolicysLimitCanBeSetByItsEnvironmentVariable() {
        Map<String, Object> environment = new HashMap<>();
        environment.put("AFTERSALES_SLA_TIME_SCALE", "0.01");
        int seconds = 10;
        Map<SlaPolicy, Duration> expected = new HashMap<>();
        for (SlaPolicy policy : SlaPolicy.values()) {
            if (policy == SlaPolicy.UNKNOWN) {
                continue;
            }
            String variable = "AFTERSALES_SLA_" + policy.id().toUpperCase(Locale.ROOT).replace('-', '_') + "_LIMIT";
            environment.put(variable, "PT" + seconds + "S");
            expected.put(policy, Duration.ofSeconds(seconds++));
        }

        SlaProperties properties = bind(environment);

        assertThat(properties.timeScale()).isEqualTo(0.01);
        Deadlines deadlines = Deadlines.of(ClockPolicies.standard(), properties, Calendars.shipped());
        assertThat(expected).as("every policy of the contracts").hasSize(15);
        expected.forEach((policy, limit) -> assertThat(deadlines.limitOf(policy)).as(policy.id()).isEqualTo(limit));
    }

    @Test
    void calendarAndMemoryBoundsCanBeSetByTheirEnvironmentVariables() {
        SlaProperties properties = bind(Map.of(
                "AFTERSALES_SLA_CALENDAR_ZONE", "Asia/Hong_Kong",
                "AFTERSALES_SLA_CALENDAR_LOCATION", "file:/etc/aftersales/calendars/*.calendar",
                "AFTERSALES_SLA_ROCKSDB_BLOCK_CACHE_SIZE", "256MB",
                "AFTERSALES_SLA_ROCKSDB_WRITE_BUFFER_SIZE", "64MB"));

        assertThat(properties.calendar().zone()).isEqualTo(ZoneId.of("Asia/Hong_Kong"));
        assertThat(properties.calendar().location()).isEqualTo("file:/etc/aftersales/calendars/*.calendar");
        assertThat(properties.rocksdb().blockCacheSize()).isEqualTo(DataSize.ofMegabytes(256));
        assertThat(properties.rocksdb().writeBufferSize()).isEqualTo(DataSize.ofMegabytes(64));
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
