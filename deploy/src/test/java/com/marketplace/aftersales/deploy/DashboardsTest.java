package com.marketplace.aftersales.deploy;

import static com.marketplace.aftersales.deploy.DeployFiles.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DashboardsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theProvisionedDashboardsAreExactlyTheFilesOnDisk() throws Exception {
        try (var files = Files.list(DeployFiles.file(DashboardMetrics.DASHBOARD_DIR))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .containsExactlyInAnyOrderElementsOf(DashboardMetrics.DASHBOARDS);
        }
    }

    @Test
    void everyDashboardParsesAndEveryPanelQueriesTheProvisionedDatasource() {
        String datasourceUid = at(DeployFiles.single("grafana/provisioning/datasources/prometheus.yml"),
                "datasources", 0, "uid");
        Set<String> uids = new HashSet<>();
        for (String name : DashboardMetrics.DASHBOARDS) {
            JsonNode dashboard = dashboard(name);
            assertThat(uids.add(dashboard.path("uid").asString())).as("unique uid of %s", name).isTrue();
            assertThat(dashboard.path("title").asString()).isNotBlank();
            assertThat(dashboard.path("tags").values().stream().map(JsonNode::asString)).contains("aftersales");

            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : panels(dashboard)) {
                String title = panel.path("title").asString();
                assertThat(ids.add(panel.path("id").asInt())).as("unique id of panel %s in %s", title, name).isTrue();
                JsonNode grid = panel.path("gridPos");
                assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as(title).isLessThanOrEqualTo(24);
                assertThat(grid.path("h").asInt()).as(title).isPositive();
                if ("row".equals(panel.path("type").asString())) {
                    continue;
                }
                assertThat(panel.path("description").asString()).as("description of %s", title).isNotBlank();
                assertThat(panel.path("datasource").path("uid").asString()).as(title).isEqualTo(datasourceUid);
                JsonNode targets = panel.path("targets");
                assertThat(targets.size()).as("queries of %s", title).isPositive();
                Set<String> refIds = new HashSet<>();
                for (JsonNode target : targets) {
                    assertThat(target.path("expr").asString()).as(title).isNotBlank();
                    assertThat(refIds.add(target.path("refId").asString())).as(title).isTrue();
                    assertThat(target.path("datasource").path("uid").asString()).as(title).isEqualTo(datasourceUid);
                }
            }
        }
    }

    @Test
    void theOverviewShowsCaseFlowHttpSlaMoneyAndLiveCustomers() {
        assertThat(dashboard("after-sales-overview.json").path("title").asString()).isEqualTo("After-sales overview");
        assertThat(metricsOf("after-sales-overview.json")).contains(
                "aftersales_consumer_applied_total",
                "http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
                "aftersales_sla_warnings_total", "aftersales_sla_breaches_total",
                "aftersales_sla_detection_lag_seconds_max",
                "aftersales_refunds_issued_total", "aftersales_refunds_failed_total",
                "aftersales_payments_calls_total", "aftersales_caseview_sse_subscribers");
        assertThat(expressionsOf("after-sales-overview.json")).anyMatch(e -> e.contains("by (policy, level)"))
                .anyMatch(e -> e.contains("by (outcome)")).anyMatch(e -> e.contains("uri"));
    }

    @Test
    void messagingHealthShowsOutboxesConsumersLagAndJvms() {
        assertThat(dashboard("messaging-health.json").path("title").asString()).isEqualTo("Messaging health");
        assertThat(metricsOf("messaging-health.json")).contains(
                "aftersales_outbox_oldest_unsent_age_seconds", "aftersales_outbox_sent_total",
                "aftersales_outbox_parked_rows", "aftersales_outbox_relay_leader",
                "aftersales_consumer_applied_total", "aftersales_consumer_duplicates_total",
                "aftersales_consumer_skipped_total", "aftersales_consumer_dead_lettered_total",
                "aftersales_caseview_projection_lag_seconds_max", "jvm_memory_used_bytes",
                "kafka_consumer_fetch_manager_records_lag_max");
    }

    @Test
    void grafanaProvisioningLoadsTheDashboardsFromWhereComposeMountsThem() {
        Map<String, Object> provider = at(DeployFiles.single("grafana/provisioning/dashboards/aftersales.yml"),
                "providers", 0);
        String path = at(provider, "options", "path");
        List<String> grafanaVolumes = at(DeployFiles.single("compose/compose.yaml"), "services", "grafana", "volumes");
        assertThat(grafanaVolumes).contains("../grafana/dashboards:" + path + ":ro",
                "../grafana/provisioning:/etc/grafana/provisioning:ro");
        Map<String, Object> datasource = at(DeployFiles.single("grafana/provisioning/datasources/prometheus.yml"),
                "datasources", 0);
        assertThat(datasource).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
    }

    private static JsonNode dashboard(String name) {
        Path file = DeployFiles.file(DashboardMetrics.DASHBOARD_DIR).resolve(name);
        return JSON.readTree(DeployFiles.read(file));
    }

    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            all.add(panel);
            panel.path("panels").forEach(all::add);
        }
        return all;
    }

    private static List<String> expressionsOf(String name) {
        return DashboardMetrics.dashboardQueries(name, DeployFiles.read(
                        DeployFiles.file(DashboardMetrics.DASHBOARD_DIR).resolve(name)))
                .stream().map(DashboardMetrics.Query::expression).toList();
    }

    private static Set<String> metricsOf(String name) {
        return expressionsOf(name).stream().flatMap(e -> PromQlMetricNames.of(e).stream())
                .collect(Collectors.toSet());
    }
}
