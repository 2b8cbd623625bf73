package com.marketplace.aftersales.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Wraps the alert rules Prometheus loads in Compose ({@value #SOURCE}) into a Prometheus Operator
 * {@code PrometheusRule} for Kubernetes ({@value #TARGET}), so both environments alert on the same rules and the
 * Kustomization needs no file from outside its directory. A test fails when the checked-in manifest differs from
 * what this renders; {@code ./mvnw -q -f deploy/pom.xml compile exec:java@alert-rules} rewrites it.
 */
public final class AlertRuleManifest {

    public static final String SOURCE = "prometheus/alerts.yml";
    public static final String TARGET = "kubernetes/monitoring/prometheus-rule.yaml";
    static final String REGENERATE = "./mvnw -q -f deploy/pom.xml compile exec:java@alert-rules";

    private AlertRuleManifest() {
    }

    public static void main(String[] args) throws IOException {
        Path deployDir = DeployDirectory.resolve(args);
        Path target = deployDir.resolve(TARGET);
        Files.createDirectories(target.getParent());
        Files.writeString(target, render(Files.readString(deployDir.resolve(SOURCE), StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        System.out.println("Wrote " + target);
    }

    /** The {@code PrometheusRule} holding the groups of the given Prometheus rule file. */
    @SuppressWarnings("unchecked")
    public static String render(String alertsYaml) {
        Map<String, Object> rules = new Yaml(new SafeConstructor(new LoaderOptions())).load(alertsYaml);

        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("app.kubernetes.io/part-of", "aftersales");
        // kube-prometheus-stack selects rules by its release label unless ruleSelector is widened; adjust to yours
        labels.put("release", "kube-prometheus-stack");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", "aftersales-alerts");
        metadata.put("labels", labels);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("groups", rules.get("groups"));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("apiVersion", "monitoring.coreos.com/v1");
        manifest.put("kind", "PrometheusRule");
        manifest.put("metadata", metadata);
        manifest.put("spec", spec);

        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setPrettyFlow(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        String body = new Yaml(new Representer(options), options).dump(manifest);
        return "# GENERATED from deploy/" + SOURCE + " by com.marketplace.aftersales.deploy.AlertRuleManifest.\n"
                + "# Do not edit by hand: change the rule file, then run\n"
                + "#   " + REGENERATE + "\n"
                + body;
    }
}
