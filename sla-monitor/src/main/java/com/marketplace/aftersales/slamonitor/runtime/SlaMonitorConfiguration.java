package com.marketplace.aftersales.slamonitor.runtime;

import com.marketplace.aftersales.platform.lifecycle.TopicsAutoConfiguration;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.calendar.BusinessCalendar;
import com.marketplace.aftersales.slamonitor.calendar.CalendarLoader;
import com.marketplace.aftersales.slamonitor.calendar.CalendarYear;
import com.marketplace.aftersales.slamonitor.clocks.ClockStores;
import com.marketplace.aftersales.slamonitor.clocks.SlaMetrics;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicies;
import com.marketplace.aftersales.slamonitor.policies.ClockPolicy;
import com.marketplace.aftersales.slamonitor.topology.SlaTopology;
import com.marketplace.aftersales.slamonitor.topology.StreamsSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain topology into the application: configuration in, a running Streams client and its health out. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlaProperties.class)
class SlaMonitorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlaMonitorConfiguration.class);

    @Bean
    ClockPolicies clockPolicies() {
        return ClockPolicies.standard();
    }

    /** Read once at start: a calendar file that cannot be read stops the start with its name and line. */
    @Bean
    BusinessCalendar businessCalendar(SlaProperties properties) {
        SlaProperties.Calendar settings = properties.calendar();
        List<CalendarYear> years = CalendarLoader.load(settings.location());
        BusinessCalendar calendar = new BusinessCalendar(settings.zone(), settings.workingDays(), years);
        log.info("Business calendar: {} from {}", calendar, settings.location());
        years.stream().filter(year -> year.status() == CalendarYear.Status.PROVISIONAL).forEach(year -> log.warn(
                "The business calendar for {} ({}) is provisional: public holidays are incomplete and make-up working "
                        + "days missing until the official arrangement replaces it", year.year(), year.source()));
        return calendar;
    }

    @Bean
    SlaMetrics slaMetrics(MeterRegistry registry, ClockPolicies policies) {
        return new SlaMetrics(registry, policies.all().stream().map(ClockPolicy::id).toList());
    }

    @Bean
    SlaTopology slaTopology(SlaProperties properties, ClockPolicies policies, SlaMetrics metrics,
                            BusinessCalendar calendar) {
        return SlaTopology.of(properties, policies, metrics, calendar);
    }

    /** The platform's start-up check then also fails fast when an input topic is missing. */
    @Bean
    TopicsAutoConfiguration.ExtraRequiredTopics slaInputTopics() {
        return () -> SlaTopology.INPUT_TOPICS;
    }

    @Bean
    RestoreProgress slaRestoreProgress(MeterRegistry registry) {
        return new RestoreProgress(registry, List.of(ClockStores.STANDARD.caseClocks(), ClockStores.STANDARD.timers()));
    }

    @Bean
    StreamsRuntime streamsRuntime(SlaTopology topology, SlaProperties properties, KafkaProperties kafka,
                                  SlaMetrics metrics, MeterRegistry registry, ApplicationEventPublisher events,
                                  RestoreProgress restoreProgress, @Value("${AFTERSALES_HOME:}") String aftersalesHome) {
        Map<String, Object> clients = kafka.buildStreamsProperties();
        Path stateDir = StateDirectory.resolve(properties.streams().stateDir(), aftersalesHome,
                bootstrapServers(clients.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)),
                System.getProperty("java.io.tmpdir"));
        Properties settings = StreamsSettings.of(clients, properties.streams(), properties.rocksdb(), stateDir,
                metrics);
        return new StreamsRuntime(topology.build(), settings, properties.streams().closeTimeout(), registry, events,
                restoreProgress);
    }

    @Bean
    StreamsHealthIndicator slaStreamsHealthIndicator(StreamsRuntime runtime) {
        return new StreamsHealthIndicator(runtime);
    }

    private static String bootstrapServers(Object configured) {
        return configured instanceof Collection<?> servers
                ? servers.stream().map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(configured);
    }
}
