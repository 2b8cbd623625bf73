package com.marketplace.aftersales.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.EventType;
import com.marketplace.aftersales.contracts.EventTypes;
import com.marketplace.aftersales.contracts.TopicSpec;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.deploy.DashboardMetrics.AllowedMetric;
import com.marketplace.aftersales.deploy.DashboardMetrics.Presence;
import com.marketplace.aftersales.deploy.DashboardMetrics.Query;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DashboardMetricsTest {

    private static final Set<String> SERVICE_NAMES = SuiteServices.ALL.stream().map(SuiteServices::name)
            .collect(Collectors.toSet());
    /** Meter name in a note: aftersales.x.y (dotted, as the code registers it). */
    private static final Pattern METER = Pattern.compile("\\baftersales(?:\\.[a-z]+)+\\b");

    private final Map<String, AllowedMetric> allowed = DashboardMetrics.allowList(DeployFiles.dir());
    private final List<Query> queries = DashboardMetrics.queries(DeployFiles.dir());

    @Test
    void everyDashboardAndAlertQueryUsesOnlyAllowListedMetrics() {
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (Query query : queries) {
            for (String metric : query.metricNames()) {
                if (!allowed.containsKey(metric)) {
                    unknown.computeIfAbsent(metric, m -> new TreeSet<>()).add(query.source());
                }
            }
        }
        assertThat(unknown)
                .as("metrics queried but not in deploy/metrics.txt (a typo, or a metric the services do not emit; "
                        + "add it to the list only once you know which code emits it)")
                .isEmpty();
    }

    @Test
    void everyQueryNamesAtLeastOneMetric() {
        assertThat(queries).hasSizeGreaterThan(40);
        assertThat(queries).allSatisfy(q -> assertThat(q.metricNames()).as(q.source() + ": " + q.expression())
                .isNotEmpty());
    }

    @Test
    void everyAllowListedMetricIsQueriedSomewhere() {
        Set<String> queried = DashboardMetrics.queried(DeployFiles.dir());
        assertThat(allowed.keySet().stream().filter(name -> !queried.contains(name)).toList())
                .as("deploy/metrics.txt lists metrics no dashboard or alert queries; remove them so the list stays "
                        + "the surface the system test checks")
                .isEmpty();
    }

    @Test
    void theJarAnswersTheSameAsTheSourceTree() {
        assertThat(DashboardMetrics.queried()).isEqualTo(DashboardMetrics.queried(DeployFiles.dir()));
        assertThat(DashboardMetrics.allowList()).isEqualTo(allowed);
        assertThat(DashboardMetrics.queriedAndAlwaysPresent())
                .isNotEmpty()
                .isSubsetOf(DashboardMetrics.queried())
                .contains("aftersales_outbox_oldest_unsent_age_seconds", "jvm_memory_used_bytes")
                .doesNotContain("aftersales_outbox_sent_total", "up");
        assertThat(DashboardMetrics.queriedAndAlwaysPresentOn("sla-monitor"))
                .contains("aftersales_sla_clocks_open", "jvm_memory_used_bytes")
                .doesNotContain("aftersales_outbox_parked_rows", "r2dbc_pool_acquired_connections");
        assertThat(DashboardMetrics.queriedAndAlwaysPresentOn("intake-service"))
                .contains("aftersales_outbox_parked_rows", "r2dbc_pool_acquired_connections")
                .doesNotContain("aftersales_sla_clocks_open");
    }

    @Test
    void everyLineSaysWhoEmitsIt() {
        for (AllowedMetric metric : allowed.values()) {
            assertThat(metric.emittedBy()).as(metric.name()).isNotEmpty();
            if (metric.presence() == Presence.EXTERNAL) {
                assertThat(metric.emittedBy()).as(metric.name()).noneMatch(SERVICE_NAMES::contains);
            } else {
                assertThat(SERVICE_NAMES).as(metric.name()).containsAll(metric.emittedBy());
            }
            if (metric.presence() == Presence.NEEDS_SETUP) {
                assertThat(metric.note()).as("what %s needs", metric.name()).isNotBlank();
            }
        }
    }

    @Test
    void aftersalesMetricsFollowMicrometersPrometheusNamingOfTheirMeter() {
        for (AllowedMetric metric : allowed.values()) {
            if (!metric.name().startsWith("aftersales_")) {
                continue;
            }
            Matcher meter = METER.matcher(metric.note());
            assertThat(meter.find()).as("note of %s names its meter (aftersales.x.y)", metric.name()).isTrue();
            String base = meter.group().replace('.', '_');
            assertThat(metric.name()).as("Prometheus name of meter %s", meter.group()).startsWith(base);
            String suffix = metric.name().substring(base.length());
            String kind = metric.note().substring(0, meter.start()).strip();
            switch (kind) {
                case "counter" -> assertThat(suffix).as(metric.name()).isEqualTo("_total");
                case "timer" -> assertThat(suffix).as(metric.name())
                        .isIn("_seconds_count", "_seconds_sum", "_seconds_max", "_seconds_bucket");
                case "gauge" -> assertThat(suffix).as(metric.name()).isIn("", "_seconds");
                default -> throw new AssertionError(metric.name() + ": the note should start with counter, timer or "
                        + "gauge and the meter name, got: " + metric.note());
            }
        }
    }

    /** Label values spelled in queries must exist: a typo in an event type or topic would just show no data. */
    @Test
    void labelValuesInQueriesNameRealServicesTopicsAndEventTypes() {
        Set<String> topics = Topics.all().stream().map(TopicSpec::name).collect(Collectors.toSet());
        Set<String> eventTypes = EventTypes.all().stream().map(EventType::name).collect(Collectors.toSet());
        Pattern matcher = Pattern.compile("\\b(application|topic|type)\\s*=\\s*\"([^\"]*)\"");
        for (Query query : queries) {
            Matcher m = matcher.matcher(query.expression());
            while (m.find()) {
                String value = m.group(2);
                Set<String> known = switch (m.group(1)) {
                    case "application" -> SERVICE_NAMES;
                    case "topic" -> topics;
                    default -> eventTypes;
                };
                assertThat(known).as("%s=\"%s\" in %s", m.group(1), value, query.source()).contains(value);
            }
        }
    }

    @Test
    void aMalformedAllowListIsRefused() {
        assertThatThrownBy(() -> DashboardMetrics.parseAllowList("a_total | sometimes | x | y"))
                .hasMessageContaining("Unknown presence");
        assertThatThrownBy(() -> DashboardMetrics.parseAllowList("a_total | always | x\na_total | always | x"))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> DashboardMetrics.parseAllowList("a.total | always | x"))
                .hasMessageContaining("not a metric name");
    }
}
