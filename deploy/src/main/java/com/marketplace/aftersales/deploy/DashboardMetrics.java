package com.marketplace.aftersales.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which metrics the Grafana dashboards and the Prometheus alert rules query, and the allow-list they must stay
 * within ({@code deploy/metrics.txt}). The files travel in this module's jar, so a system test can ask
 * {@link #queried()} and scrape the running services for exactly those names; {@link #allowList()} says for each
 * name whether it exists from start-up, only after some traffic, only after a setup step, or outside the services.
 */
public final class DashboardMetrics {

    /** The dashboards provisioned into Grafana (deploy/grafana/dashboards). */
    public static final List<String> DASHBOARDS = List.of("after-sales-overview.json", "messaging-health.json");
    public static final String DASHBOARD_DIR = "grafana/dashboards";
    public static final String ALERT_RULES = "prometheus/alerts.yml";
    public static final String ALLOW_LIST = "metrics.txt";

    private static final String CLASSPATH_ROOT = "deploy/";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** When a metric can be seen on a scrape. */
    public enum Presence {
        /** Registered at start-up by every service named in the list: present in the first scrape. */
        ALWAYS("always"),
        /** Registered on first use (a counter or timer with tags): present once that thing happened. */
        AFTER_TRAFFIC("after-traffic"),
        /** Needs a setting or a code change that is not in place yet; the note says which. */
        NEEDS_SETUP("needs-setup"),
        /** Not from the services: made by Prometheus itself or an exporter; never on /actuator/prometheus. */
        EXTERNAL("external");

        private final String token;

        Presence(String token) {
            this.token = token;
        }

        public String token() {
            return token;
        }

        static Presence of(String token) {
            for (Presence presence : values()) {
                if (presence.token.equals(token)) {
                    return presence;
                }
            }
            throw new IllegalArgumentException("Unknown presence '" + token + "'; expected one of "
                    + Arrays.stream(values()).map(Presence::token).toList());
        }
    }

    /**
     * One line of the allow-list.
     *
     * @param emittedBy the applications ({@code application} tag) that expose it, or the external source
     */
    public record AllowedMetric(String name, Presence presence, List<String> emittedBy, String note) {
    }

    /** One PromQL expression and where it is used (dashboard file and panel, or alert rule). */
    public record Query(String source, String expression) {

        public Set<String> metricNames() {
            return PromQlMetricNames.of(expression);
        }
    }

    private DashboardMetrics() {
    }

    /** The metric names the dashboards and alert rules query, read from this module's jar (or classes). */
    public static Set<String> queried() {
        return namesOf(queries());
    }

    /** The same, read from a deploy directory on disk. */
    public static Set<String> queried(Path deployDir) {
        return namesOf(queries(deployDir));
    }

    /** Every query of the dashboards and alert rules, from the classpath. */
    public static List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        for (String dashboard : DASHBOARDS) {
            queries.addAll(dashboardQueries(dashboard, classpathText(DASHBOARD_DIR + "/" + dashboard)));
        }
        queries.addAll(alertQueries(classpathText(ALERT_RULES)));
        return queries;
    }

    /** Every query of the dashboards and alert rules, from a deploy directory on disk. */
    public static List<Query> queries(Path deployDir) {
        List<Query> queries = new ArrayList<>();
        for (String dashboard : DASHBOARDS) {
            queries.addAll(dashboardQueries(dashboard, fileText(deployDir.resolve(DASHBOARD_DIR).resolve(dashboard))));
        }
        queries.addAll(alertQueries(fileText(deployDir.resolve(ALERT_RULES))));
        return queries;
    }

    /** The allow-list ({@code metrics.txt}) by metric name, from the classpath. */
    public static Map<String, AllowedMetric> allowList() {
        return parseAllowList(classpathText(ALLOW_LIST));
    }

    /** The allow-list from a deploy directory on disk. */
    public static Map<String, AllowedMetric> allowList(Path deployDir) {
        return parseAllowList(fileText(deployDir.resolve(ALLOW_LIST)));
    }

    /**
     * The queried metrics a scrape of the running services must show from start-up: those the allow-list marks
     * {@code always} (each on the applications its line names: see {@link #queriedAndAlwaysPresentOn(String)}).
     * The others need traffic first ({@code after-traffic}), a pending change ({@code needs-setup}), or come from
     * Prometheus and exporters ({@code external}).
     */
    public static Set<String> queriedAndAlwaysPresent() {
        Map<String, AllowedMetric> allowed = allowList();
        return queried().stream()
                .filter(name -> allowed.containsKey(name) && allowed.get(name).presence() == Presence.ALWAYS)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The queried metrics one application's {@code /actuator/prometheus} must show from start-up: {@code always} in
     * the allow-list and emitted by that application (its {@code spring.application.name}).
     */
    public static Set<String> queriedAndAlwaysPresentOn(String application) {
        Map<String, AllowedMetric> allowed = allowList();
        return queriedAndAlwaysPresent().stream()
                .filter(name -> allowed.get(name).emittedBy().contains(application))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static List<Query> dashboardQueries(String name, String json) {
        JsonNode root = JSON.readTree(json);
        List<Query> queries = new ArrayList<>();
        collectPanelQueries(name, root.path("panels"), queries);
        for (JsonNode variable : root.path("templating").path("list")) {
            if ("query".equals(variable.path("type").asString(""))) {
                JsonNode query = variable.path("query");
                String text = query.isObject() ? query.path("query").asString("") : query.asString("");
                if (!text.isBlank()) {
                    queries.add(new Query(name + " variable " + variable.path("name").asString("?"), text));
                }
            }
        }
        for (JsonNode annotation : root.path("annotations").path("list")) {
            String expr = annotation.path("expr").asString("");
            if (!expr.isBlank()) {
                queries.add(new Query(name + " annotation " + annotation.path("name").asString("?"), expr));
            }
        }
        return queries;
    }

    private static void collectPanelQueries(String dashboard, JsonNode panels, List<Query> into) {
        for (JsonNode panel : panels) {
            String title = panel.path("title").asString("?");
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asString("");
                if (!expr.isBlank()) {
                    into.add(new Query(dashboard + " panel '" + title + "'", expr));
                }
            }
            collectPanelQueries(dashboard, panel.path("panels"), into);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Query> alertQueries(String yamlText) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        List<Query> queries = new ArrayList<>();
        for (Object groupObject : (List<Object>) root.getOrDefault("groups", List.of())) {
            Map<String, Object> group = (Map<String, Object>) groupObject;
            for (Object ruleObject : (List<Object>) group.getOrDefault("rules", List.of())) {
                Map<String, Object> rule = (Map<String, Object>) ruleObject;
                String name = String.valueOf(rule.getOrDefault("alert", rule.get("record")));
                queries.add(new Query("alert rule " + name, String.valueOf(rule.get("expr"))));
            }
        }
        return queries;
    }

    /**
     * Lines of {@code name | presence | emitted by | note}; {@code #} starts a comment line, blank lines are
     * ignored. A second line for the same name is an error.
     */
    static Map<String, AllowedMetric> parseAllowList(String text) {
        Map<String, AllowedMetric> metrics = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] columns = trimmed.split("\\|", 4);
            if (columns.length < 3) {
                throw new IllegalArgumentException("metrics.txt line " + lineNumber
                        + ": expected 'name | presence | emitted by | note', got: " + trimmed);
            }
            String name = columns[0].strip();
            if (!name.matches("[a-zA-Z_:][a-zA-Z0-9_:]*")) {
                throw new IllegalArgumentException("metrics.txt line " + lineNumber + ": not a metric name: " + name);
            }
            Presence presence = Presence.of(columns[1].strip().toLowerCase(Locale.ROOT));
            List<String> emittedBy = Arrays.stream(columns[2].strip().split("[\\s,]+"))
                    .filter(s -> !s.isEmpty()).toList();
            String note = columns.length > 3 ? columns[3].strip() : "";
            if (metrics.putIfAbsent(name, new AllowedMetric(name, presence, emittedBy, note)) != null) {
                throw new IllegalArgumentException("metrics.txt line " + lineNumber + ": " + name + " is listed twice");
            }
        }
        return Collections.unmodifiableMap(metrics);
    }

    private static Set<String> namesOf(List<Query> queries) {
        Set<String> names = new TreeSet<>();
        queries.forEach(query -> names.addAll(query.metricNames()));
        return Collections.unmodifiableSet(names);
    }

    private static String classpathText(String relative) {
        String resource = CLASSPATH_ROOT + relative;
        try (InputStream in = DashboardMetrics.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (is the deploy jar there?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static String fileText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
