package com.marketplace.aftersales.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The deploy module's files as the tests read them: from the source tree, not the classpath. */
final class DeployFiles {

    private DeployFiles() {
    }

    /** The module directory (Surefire runs in it; from the repository root it is {@code deploy}). */
    static Path dir() {
        Path here = Path.of("").toAbsolutePath();
        if (Files.isRegularFile(here.resolve("metrics.txt"))) {
            return here;
        }
        Path fromRoot = here.resolve("deploy");
        if (Files.isRegularFile(fromRoot.resolve("metrics.txt"))) {
            return fromRoot;
        }
        throw new IllegalStateException("Cannot find the deploy module from " + here);
    }

    static Path file(String relative) {
        return dir().resolve(relative);
    }

    static String read(String relative) {
        return read(file(relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every YAML file of the module (build output and sources excluded). */
    static List<Path> yamlFiles() {
        Path root = dir();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String rel = root.relativize(p).toString().replace('\\', '/');
                        return !rel.startsWith("target/") && !rel.startsWith("src/");
                    })
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    /** All documents of a YAML file; empty documents (a file ending in '---') are dropped. */
    static List<Object> documents(Path file) {
        List<Object> docs = new ArrayList<>();
        for (Object doc : yaml().loadAll(read(file))) {
            if (doc != null) {
                docs.add(doc);
            }
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> single(String relative) {
        List<Object> docs = documents(file(relative));
        if (docs.size() != 1) {
            throw new IllegalStateException(relative + " has " + docs.size() + " documents, expected one");
        }
        return (Map<String, Object>) docs.get(0);
    }

    /** Every Kubernetes object of the manifests under kubernetes/ (kustomization.yaml is kustomize's, not one). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> kubernetesObjects() {
        Path kubernetes = dir().resolve("kubernetes");
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Path file : yamlFiles()) {
            if (file.startsWith(kubernetes) && !file.getFileName().toString().equals("kustomization.yaml")) {
                for (Object doc : documents(file)) {
                    objects.add((Map<String, Object>) doc);
                }
            }
        }
        return objects;
    }

    /** Follows a path of map keys and list indexes through parsed YAML/JSON; null when absent. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object root, Object... path) {
        Object current = root;
        for (Object step : path) {
            if (current instanceof Map<?, ?> map && step instanceof String key) {
                current = map.get(key);
            } else if (current instanceof List<?> list && step instanceof Integer index && index < list.size()) {
                current = list.get(index);
            } else {
                return null;
            }
        }
        return (T) current;
    }
}
