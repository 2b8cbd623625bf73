package com.marketplace.aftersales.deploy;

import static com.marketplace.aftersales.deploy.DeployFiles.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    private final Map<String, Object> rules = DeployFiles.single(AlertRuleManifest.SOURCE);

    @Test
    void everyRuleHasAnExpressionASeverityASummaryADescriptionAndARunbook() {
        List<Map<String, Object>> all = alerts();
        assertThat(all).hasSizeGreaterThanOrEqualTo(15);
        for (Map<String, Object> rule : all) {
            String name = (String) rule.get("alert");
            assertThat(name).matches("Aftersales[A-Z][A-Za-z]+");
            assertThat((String) rule.get("expr")).as(name).isNotBlank();
            assertThat((String) at(rule, "labels", "severity")).as(name).isIn("warning", "critical");
            Map<String, Object> annotations = at(rule, "annotations");
            assertThat(annotations).as(name).containsKeys("summary", "description", "runbook");
            assertThat((String) annotations.get("summary")).as(name).isNotBlank();
            assertThat((String) annotations.get("description")).as(name).isNotBlank();
            assertThat((String) annotations.get("runbook")).as(name)
                    .isEqualTo("deploy/RUNBOOK.md#" + name.toLowerCase(Locale.ROOT));
        }
        assertThat(all.stream().map(r -> r.get("alert"))).doesNotHaveDuplicates();
    }

    @Test
    void everyAlertHasItsSectionInTheRunbook() {
        String runbook = DeployFiles.read("RUNBOOK.md");
        for (Map<String, Object> rule : alerts()) {
            assertThat(runbook).as("deploy/RUNBOOK.md needs a section '## %s'", rule.get("alert"))
                    .containsPattern("(?m)^## " + rule.get("alert") + "\\s*$");
        }
    }

    @Test
    void theAlertsAnOperationsTeamNeedsAreThere() {
        assertThat(alerts().stream().map(r -> (String) r.get("alert"))).contains(
                "AftersalesServiceDown", "AftersalesServiceNotReady", "AftersalesOutboxBacklog",
                "AftersalesOutboxParkedRows", "AftersalesRecordsDeadLettered", "AftersalesConsumerLagHigh",
                "AftersalesSlaBreached", "AftersalesSlaBreachedSecondLevel", "AftersalesPaymentCallsFailing",
                "AftersalesHttpLatencyHigh", "AftersalesHttpServerErrors");
        Map<String, Object> backlog = alert("AftersalesOutboxBacklog");
        assertThat((String) backlog.get("expr")).contains("aftersales_outbox_oldest_unsent_age_seconds").contains("> 60");
        assertThat(backlog.get("for")).isEqualTo("5m");
        assertThat((String) at(alert("AftersalesSlaBreachedSecondLevel"), "labels", "severity")).isEqualTo("critical");
        assertThat((String) alert("AftersalesSlaBreachedSecondLevel").get("expr")).contains("level=\"2\"");
        assertThat((String) alert("AftersalesHttpLatencyHigh").get("expr"))
                .contains("histogram_quantile(0.99").contains("http_server_requests_seconds_bucket");
    }

    @Test
    void theKubernetesPrometheusRuleIsTheRuleFileWrapped() {
        String expected = AlertRuleManifest.render(DeployFiles.read(AlertRuleManifest.SOURCE));
        assertThat(DeployFiles.read(AlertRuleManifest.TARGET))
                .as("deploy/%s differs from deploy/%s. Regenerate it from the repository root with%n  %s%n"
                                + "then review and commit the diff.", AlertRuleManifest.TARGET, AlertRuleManifest.SOURCE,
                        AlertRuleManifest.REGENERATE)
                .isEqualTo(expected);
        Map<String, Object> manifest = DeployFiles.single(AlertRuleManifest.TARGET);
        assertThat(manifest).containsEntry("apiVersion", "monitoring.coreos.com/v1")
                .containsEntry("kind", "PrometheusRule");
        assertThat((Object) at(manifest, "spec", "groups")).isEqualTo(rules.get("groups"));
    }

    @Test
    void prometheusScrapesEveryServiceEveryFifteenSecondsAndLoadsTheRules() {
        Map<String, Object> config = DeployFiles.single("prometheus/prometheus.yml");
        assertThat((String) at(config, "global", "scrape_interval")).isEqualTo("15s");
        assertThat((List<String>) config.get("rule_files")).containsExactly("/etc/prometheus/alerts.yml");
        List<Map<String, Object>> jobs = at(config, "scrape_configs");
        Map<String, Object> job = jobs.stream().filter(j -> "aftersales".equals(j.get("job_name"))).findFirst()
                .orElseThrow();
        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(job.get("scrape_interval")).isEqualTo("15s");
        List<Map<String, Object>> targets = at(job, "static_configs");
        for (SuiteServices service : SuiteServices.ALL) {
            assertThat(targets).as(service.name()).anySatisfy(t -> {
                assertThat((List<String>) t.get("targets")).containsExactly(service.name() + ":" + service.port());
                assertThat((Map<String, String>) t.get("labels"))
                        .containsEntry("service", service.name()).containsEntry("suite", "aftersales");
            });
        }
        Map<String, Object> readiness = jobs.stream().filter(j -> "aftersales-readiness".equals(j.get("job_name")))
                .findFirst().orElseThrow();
        List<String> probed = at(readiness, "static_configs", 0, "targets");
        assertThat(probed).containsExactlyInAnyOrderElementsOf(SuiteServices.ALL.stream()
                .map(s -> "http://" + s.name() + ":" + s.port() + "/actuator/health/readiness").toList());
        assertThat(Set.copyOf(((Map<String, List<String>>) readiness.get("params")).get("module")))
                .isEqualTo(Set.copyOf(((Map<String, Object>) DeployFiles.single("prometheus/blackbox.yml")
                        .get("modules")).keySet()));
    }

    private List<Map<String, Object>> alerts() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            assertThat((String) group.get("name")).isNotBlank();
            all.addAll((List<Map<String, Object>>) group.get("rules"));
        }
        return all;
    }

    private Map<String, Object> alert(String name) {
        return alerts().stream().filter(r -> name.equals(r.get("alert"))).findFirst().orElseThrow();
    }
}
