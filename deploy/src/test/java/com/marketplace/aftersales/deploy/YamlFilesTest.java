package com.marketplace.aftersales.deploy;

import static com.marketplace.aftersales.deploy.DeployFiles.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class YamlFilesTest {

    @Test
    void theModuleHasItsYamlFiles() {
        assertThat(DeployFiles.yamlFiles().stream().map(p -> DeployFiles.dir().relativize(p).toString().replace('\\', '/')))
                .contains("compose/compose.yaml", "prometheus/prometheus.yml", "prometheus/alerts.yml",
                        "kubernetes/kustomization.yaml", "kubernetes/kafka-topics.yaml",
                        "grafana/provisioning/datasources/prometheus.yml",
                        "grafana/provisioning/dashboards/aftersales.yml");
    }

    @TestFactory
    List<DynamicTest> everyYamlFileParses() {
        return DeployFiles.yamlFiles().stream()
                .map(file -> DynamicTest.dynamicTest(DeployFiles.dir().relativize(file).toString(), () -> {
                    assertThatCode(() -> DeployFiles.documents(file)).doesNotThrowAnyException();
                    List<Object> documents = DeployFiles.documents(file);
                    assertThat(documents).as("documents of %s", file).isNotEmpty();
                    assertThat(documents).allSatisfy(doc -> assertThat(doc).isInstanceOf(Map.class));
                }))
                .toList();
    }

    @Test
    void everyKubernetesObjectHasApiVersionKindAndName() {
        List<Map<String, Object>> objects = DeployFiles.kubernetesObjects();
        assertThat(objects).hasSizeGreaterThan(30);
        assertThat(objects).allSatisfy(object -> {
            assertThat(object.get("apiVersion")).as("apiVersion of %s", object).isInstanceOf(String.class);
            assertThat((String) object.get("apiVersion")).isNotBlank();
            assertThat(object.get("kind")).as("kind of %s", object).isInstanceOf(String.class);
            String name = at(object, "metadata", "name");
            assertThat(name).as("metadata.name of a %s", object.get("kind")).isNotBlank();
            assertThat(name).as("name of a %s", object.get("kind")).matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
        });
    }

    @Test
    void noTwoObjectsOfAKindShareAName() {
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> object : DeployFiles.kubernetesObjects()) {
            String key = object.get("apiVersion") + "/" + object.get("kind") + "/" + at(object, "metadata", "name");
            assertThat(seen.add(key)).as("duplicate %s", key).isTrue();
        }
    }

    @Test
    void theKustomizationListsEveryManifestAndEveryFileItNamesExists() {
        Path kubernetes = DeployFiles.file("kubernetes");
        Map<String, Object> kustomization = DeployFiles.single("kubernetes/kustomization.yaml");
        assertThat(kustomization).containsEntry("apiVersion", "kustomize.config.k8s.io/v1beta1")
                .containsEntry("kind", "Kustomization").containsEntry("namespace", "aftersales");

        List<String> resources = at(kustomization, "resources");
        resources.forEach(r -> assertThat(kubernetes.resolve(r)).as("resource %s", r).isRegularFile());
        Set<String> manifests = DeployFiles.yamlFiles().stream()
                .filter(p -> p.startsWith(kubernetes))
                .map(p -> kubernetes.relativize(p).toString().replace('\\', '/'))
                .filter(p -> !p.equals("kustomization.yaml"))
                .collect(Collectors.toSet());
        assertThat(resources).containsExactlyInAnyOrderElementsOf(manifests);

        List<Map<String, Object>> generators = at(kustomization, "configMapGenerator");
        for (Map<String, Object> generator : generators) {
            List<String> envs = at(generator, "envs");
            envs.forEach(env -> assertThat(kubernetes.resolve(env)).as("env file %s", env).isRegularFile());
        }
    }

    @Test
    void theKustomizationSetsTheImageOfEveryService() {
        Map<String, Object> kustomization = DeployFiles.single("kubernetes/kustomization.yaml");
        List<Map<String, Object>> images = at(kustomization, "images");
        assertThat(images.stream().map(i -> (String) i.get("name")))
                .containsExactlyInAnyOrderElementsOf(SuiteServices.ALL.stream().map(s -> "aftersales/" + s.name()).toList());
        assertThat(images).allSatisfy(i -> assertThat(i).containsKeys("newName", "newTag"));
    }

    @Test
    void envFilesHoldOnlyKeyValueLinesAndNoSecrets() throws Exception {
        try (var files = Files.list(DeployFiles.file("kubernetes/config"))) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    assertThat(line).as("%s", file.getFileName()).matches("[A-Z][A-Z0-9_]*=.*");
                    assertThat(line).as("%s: passwords come from Secrets", file.getFileName())
                            .doesNotContainIgnoringCase("PASSWORD");
                }
            }
        }
    }
}
