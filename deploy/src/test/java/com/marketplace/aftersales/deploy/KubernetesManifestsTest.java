package com.marketplace.aftersales.deploy;

import static com.marketplace.aftersales.deploy.DeployFiles.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KubernetesManifestsTest {

    private final List<Map<String, Object>> objects = DeployFiles.kubernetesObjects();

    @Test
    void everyDeploymentHasProbesResourcesAndAGracefulShutdown() {
        List<Map<String, Object>> deployments = ofKind("Deployment");
        assertThat(deployments).hasSize(SuiteServices.ALL.size());
        for (Map<String, Object> deployment : deployments) {
            String name = at(deployment, "metadata", "name");
            Map<String, Object> pod = at(deployment, "spec", "template", "spec");
            assertThat((Integer) pod.get("terminationGracePeriodSeconds")).as(name).isGreaterThan(20);
            List<Map<String, Object>> containers = at(pod, "containers");
            assertThat(containers).as(name).isNotEmpty();
            for (Map<String, Object> container : containers) {
                assertThat(container).as(name).containsKeys("readinessProbe", "livenessProbe", "startupProbe");
                assertThat((String) at(container, "readinessProbe", "httpGet", "path"))
                        .isEqualTo("/actuator/health/readiness");
                assertThat((String) at(container, "livenessProbe", "httpGet", "path"))
                        .isEqualTo("/actuator/health/liveness");
                assertThat((String) at(container, "startupProbe", "httpGet", "path"))
                        .isEqualTo("/actuator/health/liveness");
                assertThat((Map<String, Object>) at(container, "resources", "limits")).as(name)
                        .containsKeys("cpu", "memory");
                assertThat((Map<String, Object>) at(container, "resources", "requests")).as(name)
                        .containsKeys("cpu", "memory");
                assertThat((Object) at(container, "lifecycle", "preStop")).as("preStop of %s", name).isNotNull();
                assertThat(env(container, "JDK_JAVA_OPTIONS")).as(name).contains("-XX:MaxRAMPercentage=");
            }
        }
    }

    @Test
    void heapAndMemoryLimitLeaveRoomForAboutTwoHundredFiftySixMegabytesOfHeap() {
        for (Map<String, Object> deployment : ofKind("Deployment")) {
            Map<String, Object> container = at(deployment, "spec", "template", "spec", "containers", 0);
            long limitMi = mebibytes(at(container, "resources", "limits", "memory"));
            String options = env(container, "JDK_JAVA_OPTIONS");
            double percent = Double.parseDouble(options.replaceAll(".*-XX:MaxRAMPercentage=([0-9.]+).*", "$1"));
            double heapMi = limitMi * percent / 100;
            assertThat(heapMi).as("heap of %s", (Object) at(deployment, "metadata", "name")).isBetween(240.0, 320.0);
            assertThat(limitMi - heapMi).as("non-heap room").isGreaterThanOrEqualTo(250);
            assertThat(mebibytes(at(container, "resources", "requests", "memory"))).isEqualTo(limitMi);
        }
    }

    @Test
    void everyServiceHasItsDeploymentServiceAndDisruptionBudget() {
        for (SuiteServices service : SuiteServices.ALL) {
            Map<String, Object> deployment = named("Deployment", service.name());
            Map<String, String> podLabels = at(deployment, "spec", "template", "metadata", "labels");
            Map<String, String> selector = at(deployment, "spec", "selector", "matchLabels");
            assertThat(podLabels).containsAllEntriesOf(selector);
            assertThat((Integer) at(deployment, "spec", "replicas")).as(service.name()).isEqualTo(2);

            Map<String, Object> container = at(deployment, "spec", "template", "spec", "containers", 0);
            assertThat((String) container.get("image")).isEqualTo("aftersales/" + service.name());
            assertThat((Integer) at(container, "ports", 0, "containerPort")).isEqualTo(service.port());
            assertThat((String) at(container, "ports", 0, "name")).isEqualTo("http");
            assertThat(env(container, "SERVER_PORT")).isEqualTo(String.valueOf(service.port()));

            Map<String, String> annotations = at(deployment, "spec", "template", "metadata", "annotations");
            assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/port", String.valueOf(service.port()))
                    .containsEntry("prometheus.io/path", "/actuator/prometheus");

            Map<String, Object> svc = named("Service", service.name());
            assertThat(podLabels).containsAllEntriesOf(at(svc, "spec", "selector"));
            assertThat((Integer) at(svc, "spec", "ports", 0, "port")).isEqualTo(service.port());
            assertThat((String) at(svc, "spec", "ports", 0, "targetPort")).isEqualTo("http");

            Map<String, Object> pdb = named("PodDisruptionBudget", service.name());
            assertThat(podLabels).containsAllEntriesOf(at(pdb, "spec", "selector", "matchLabels"));
            assertThat((Integer) at(pdb, "spec", "minAvailable")).isEqualTo(1);
        }
    }

    @Test
    void configComesFromTheGeneratedConfigMapsAndPasswordsFromSecrets() {
        Map<String, Object> kustomization = DeployFiles.single("kubernetes/kustomization.yaml");
        List<String> generated = ((List<Map<String, Object>>) at(kustomization, "configMapGenerator")).stream()
                .map(g -> (String) g.get("name")).toList();
        for (SuiteServices service : SuiteServices.ALL) {
            Map<String, Object> container = at(named("Deployment", service.name()),
                    "spec", "template", "spec", "containers", 0);
            List<String> configMaps = ((List<Map<String, Object>>) container.get("envFrom")).stream()
                    .map(e -> (String) at(e, "configMapRef", "name")).toList();
            assertThat(configMaps).containsExactly("aftersales-common", service.name() + "-config");
            assertThat(generated).containsAll(configMaps);

            Properties own = envFile("kubernetes/config/" + service.name() + ".env");
            if (service.database().isPresent()) {
                assertThat(own.getProperty("AFTERSALES_DB_NAME")).isEqualTo(service.database().get());
                String secret = service.databaseSecret().orElseThrow();
                assertThat(secretRef(container, "AFTERSALES_DB_PASSWORD")).contains(secret + "/password");
                assertThat(secretRef(container, "AFTERSALES_DB_USER")).contains(secret + "/username");
            } else {
                assertThat(secretRef(container, "AFTERSALES_DB_PASSWORD")).isEmpty();
            }
        }
        Properties common = envFile("kubernetes/config/common.env");
        assertThat(common.stringPropertyNames()).contains("AFTERSALES_KAFKA_BOOTSTRAP_SERVERS", "AFTERSALES_DB_HOST",
                "AFTERSALES_DB_PORT", "AFTERSALES_JWT_JWK_SET_URI", "AFTERSALES_JWT_ISSUER", "AFTERSALES_JWT_AUDIENCE");
        assertThat(common.getProperty("AFTERSALES_KAFKA_BOOTSTRAP_SERVERS"))
                .startsWith(TopicManifests.KAFKA_CLUSTER + "-kafka-bootstrap:");
        assertThat(common.getProperty("AFTERSALES_DB_HOST")).isEqualTo("aftersales-pg-rw");
    }

    @Test
    void theGatewayRoutesToEveryServiceItFrontsAndIsExposedByAnIngress() {
        Properties gateway = envFile("kubernetes/config/gateway.env");
        Map<String, String> routes = Map.of(
                "AFTERSALES_INTAKE_URL", "intake-service",
                "AFTERSALES_DIAGNOSIS_URL", "diagnosis-service",
                "AFTERSALES_FULFILLMENT_URL", "fulfillment-service",
                "AFTERSALES_FEEDBACK_URL", "feedback-service",
                "AFTERSALES_CASE_VIEW_URL", "case-view");
        routes.forEach((variable, service) -> assertThat(gateway.getProperty(variable))
                .isEqualTo("http://" + service + ":" + SuiteServices.named(service).port()));

        Map<String, Object> ingress = named("Ingress", "gateway");
        List<Map<String, Object>> paths = at(ingress, "spec", "rules", 0, "http", "paths");
        assertThat(paths).allSatisfy(path -> {
            assertThat((String) at(path, "backend", "service", "name")).isEqualTo("gateway");
            assertThat((String) path.get("path")).doesNotContain("actuator").isNotEqualTo("/");
        });
        Properties fulfillment = envFile("kubernetes/config/fulfillment-service.env");
        assertThat(fulfillment.stringPropertyNames()).contains("AFTERSALES_PAYMENTS_URL", "AFTERSALES_CARRIERS_URL");
    }

    @Test
    void theSlaMonitorKeepsItsStreamsStateOnAnEmptyDirWithAStandbyReplica() {
        Map<String, Object> pod = at(named("Deployment", "sla-monitor"), "spec", "template", "spec");
        Properties config = envFile("kubernetes/config/sla-monitor.env");
        String stateDir = config.getProperty("AFTERSALES_SLA_STATE_DIR");
        assertThat(config.getProperty("SPRING_KAFKA_STREAMS_PROPERTIES_NUM_STANDBY_REPLICAS")).isEqualTo("1");
        assertThat(config.getProperty("AFTERSALES_SLA_REPLICATION_FACTOR")).isEqualTo("3");

        List<Map<String, Object>> mounts = at(pod, "containers", 0, "volumeMounts");
        Map<String, Object> stateMount = mounts.stream()
                .filter(m -> stateDir.startsWith((String) m.get("mountPath") + "/"))
                .findFirst().orElseThrow(() -> new AssertionError("No volume holds " + stateDir));
        List<Map<String, Object>> volumes = at(pod, "volumes");
        assertThat(volumes).anySatisfy(v -> {
            assertThat(v.get("name")).isEqualTo(stateMount.get("name"));
            assertThat(v).containsKey("emptyDir");
        });
    }

    @Test
    void containersRunAsNonRootOnAReadOnlyRootFileSystemWithAWritableTmp() {
        for (Map<String, Object> deployment : ofKind("Deployment")) {
            Map<String, Object> pod = at(deployment, "spec", "template", "spec");
            assertThat((Boolean) at(pod, "securityContext", "runAsNonRoot")).isTrue();
            Map<String, Object> container = at(pod, "containers", 0);
            assertThat((Boolean) at(container, "securityContext", "readOnlyRootFilesystem")).isTrue();
            assertThat((Boolean) at(container, "securityContext", "allowPrivilegeEscalation")).isFalse();
            List<Map<String, Object>> mounts = at(container, "volumeMounts");
            assertThat(mounts).anySatisfy(m -> assertThat(m.get("mountPath")).isEqualTo("/tmp"));
        }
    }

    @Test
    void thePostgresClusterHasADatabaseAndALoginRoleForEveryServiceThatHasOne() {
        Map<String, Object> cluster = named("Cluster", "aftersales-pg");
        assertThat((String) cluster.get("apiVersion")).isEqualTo("postgresql.cnpg.io/v1");
        List<Map<String, Object>> roles = at(cluster, "spec", "managed", "roles");
        List<Map<String, Object>> databases = ofKind("Database");
        for (SuiteServices service : SuiteServices.ALL) {
            if (service.database().isEmpty()) {
                continue;
            }
            String db = service.database().get();
            assertThat(databases).as("Database %s", db).anySatisfy(d -> {
                assertThat((String) at(d, "spec", "name")).isEqualTo(db);
                assertThat((String) at(d, "spec", "owner")).isEqualTo(db);
                assertThat((String) at(d, "spec", "cluster", "name")).isEqualTo("aftersales-pg");
            });
            assertThat(roles).as("role %s", db).anySatisfy(r -> {
                assertThat(r.get("name")).isEqualTo(db);
                assertThat(r.get("login")).isEqualTo(true);
                assertThat((String) at(r, "passwordSecret", "name")).isEqualTo(service.databaseSecret().get());
            });
        }
        assertThat(databases).hasSize(5);
    }

    @Test
    void theServiceMonitorSelectsEveryServiceAndMarksTheSuite() {
        Map<String, Object> monitor = named("ServiceMonitor", "aftersales");
        Map<String, String> selector = at(monitor, "spec", "selector", "matchLabels");
        for (SuiteServices service : SuiteServices.ALL) {
            Map<String, String> labels = at(named("Service", service.name()), "metadata", "labels");
            assertThat(labels).containsAllEntriesOf(selector);
        }
        assertThat((String) at(monitor, "spec", "endpoints", 0, "path")).isEqualTo("/actuator/prometheus");
        assertThat((String) at(monitor, "spec", "endpoints", 0, "port")).isEqualTo("http");
        assertThat((String) at(monitor, "spec", "endpoints", 0, "interval")).isEqualTo("15s");
        List<Map<String, Object>> relabelings = at(monitor, "spec", "endpoints", 0, "relabelings");
        assertThat(relabelings).anySatisfy(r -> assertThat(r)
                .containsEntry("targetLabel", "suite").containsEntry("replacement", "aftersales"));
    }

    private List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    private Map<String, Object> named(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(at(o, "metadata", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " named " + name));
    }

    private static String env(Map<String, Object> container, String name) {
        List<Map<String, Object>> env = at(container, "env");
        return env == null ? null : env.stream().filter(e -> name.equals(e.get("name")))
                .map(e -> (String) e.get("value")).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Optional<String> secretRef(Map<String, Object> container, String name) {
        List<Map<String, Object>> env = at(container, "env");
        return env.stream().filter(e -> name.equals(e.get("name")))
                .map(e -> (String) at(e, "valueFrom", "secretKeyRef", "name") + "/"
                        + at(e, "valueFrom", "secretKeyRef", "key"))
                .filter(s -> !s.startsWith("null"))
                .findFirst();
    }

    private static Properties envFile(String relative) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(DeployFiles.read(relative)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return properties;
    }

    private static long mebibytes(String quantity) {
        if (quantity.endsWith("Mi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2));
        }
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        throw new AssertionError("Unexpected memory quantity " + quantity);
    }
}
