package com.marketplace.aftersales.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.deploy.DashboardMetrics.AllowedMetric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Cross-checks the allow-list against the repository's code: every {@code aftersales_*} metric should come from a
 * meter whose name appears as a string literal in some module's main sources. Meters the services have not defined
 * yet are reported as skipped (aborted) rather than failed, so the list can lead the code; the system test that
 * scrapes the running suite is the final proof.
 */
class MetricSourcesTest {

    private static final Pattern METER = Pattern.compile("\\baftersales(?:\\.[a-z]+)+\\b");

    @TestFactory
    List<DynamicTest> everyAftersalesMetricHasItsMeterInTheCode() {
        Path repository = DeployFiles.dir().getParent();
        Map<String, String> meters = new LinkedHashMap<>();
        for (AllowedMetric metric : DashboardMetrics.allowList(DeployFiles.dir()).values()) {
            Matcher meter = METER.matcher(metric.note());
            if (metric.name().startsWith("aftersales_") && meter.find()) {
                meters.putIfAbsent(meter.group(), metric.name());
            }
        }
        String sources = mainSources(repository);
        return meters.entrySet().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey() + " -> " + entry.getValue(), () ->
                        assertThat(sources.contains("\"" + entry.getKey() + "\""))
                                .as("meter %s is defined in some module's src/main/java; the dashboards query it as %s",
                                        entry.getKey(), entry.getValue())
                                .isTrue()))
                .toList();
    }

    private static String mainSources(Path repository) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> modules = Files.list(repository)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                Path main = module.resolve("src/main/java");
                if (module.getFileName().toString().equals("deploy") || !Files.isDirectory(main)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        all.append(Files.readString(file)).append('\n');
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
