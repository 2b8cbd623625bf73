package com.marketplace.aftersales.gateway.apidocs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Merges the services' OpenAPI documents into the suite's, one part at a time:
 * <ul>
 *     <li>of each part only the operations its filter keeps (the gateway's routes: what the gateway sends to that
 *     service), path-level parameters copied into each kept operation so path items of several services combine;</li>
 *     <li>of its components only those the kept operations reach (security schemes always);</li>
 *     <li>a component whose name is already taken by a different definition is renamed with the part's name as
 *     prefix ({@code Money} of fulfillment → {@code FulfillmentMoney}) and the part's {@code $ref}s follow; identical
 *     definitions (the shared {@code Problem} schema, the {@code bearer} scheme) are kept once;</li>
 *     <li>the same path written with other variable names by two services ({@code /cases/{id}} and
 *     {@code /cases/{caseId}}) becomes one path, with the first one's names.</li>
 * </ul>
 * Pure: documents in, document out; the caller decides what the routes keep.
 */
final class ApiDocsMerger {

    static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final List<String> SECTIONS = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems");
    private static final String COMPONENTS = "#/components/";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Which operations of a part to keep: method in upper case ({@code POST}) and the path as documented. */
    interface OperationFilter {
        boolean keep(String method, String path);
    }

    private final Map<String, ObjectNode> paths = new LinkedHashMap<>();
    /** The path key in use for each path shape ({@code /cases/{}}). */
    private final Map<String, String> pathShapes = new HashMap<>();
    private final Map<String, Map<String, JsonNode>> components = new LinkedHashMap<>();
    private final Map<String, JsonNode> tags = new LinkedHashMap<>();

    /** Adds the operations {@code keep} accepts from {@code document}, owned by {@code owner}. */
    ApiDocsMerger add(String owner, JsonNode document, OperationFilter keep) {
        Map<String, ObjectNode> keptPaths = keptPaths(document, keep);
        Map<ComponentKey, JsonNode> reached = reachableComponents(document, keptPaths);
        Map<ComponentKey, String> renames = renamesFor(owner, reached);
        reached.forEach((key, definition) -> {
            String name = renames.getOrDefault(key, key.name());
            Map<String, JsonNode> section = components.computeIfAbsent(key.section(), unused -> new TreeMap<>());
            if (!section.containsKey(name)) {
                section.put(name, rewriteRefs(definition.deepCopy(), renames));
            }
        });
        keptPaths.forEach((path, item) -> addPath(path, (ObjectNode) rewriteRefs(item, renames)));
        addTags(document, keptPaths);
        return this;
    }

    /** Components used only if no part defined them (the gateway's copy of the suite's shared ones). */
    ApiDocsMerger addIfAbsent(JsonNode fallbackComponents) {
        for (Map.Entry<String, JsonNode> section : fallbackComponents.properties()) {
            Map<String, JsonNode> merged = components.computeIfAbsent(section.getKey(), unused -> new TreeMap<>());
            for (Map.Entry<String, JsonNode> component : section.getValue().properties()) {
                merged.putIfAbsent(component.getKey(), component.getValue().deepCopy());
            }
        }
        return this;
    }

    /** The merged {@code paths}, sorted by path. */
    ObjectNode paths() {
        ObjectNode result = NODES.objectNode();
        new TreeMap<>(paths).forEach(result::set);
        return result;
    }

    /** The merged {@code components}, each section sorted by name. */
    ObjectNode components() {
        ObjectNode result = NODES.objectNode();
        for (String section : SECTIONS) {
            Map<String, JsonNode> entries = components.get(section);
            if (entries != null && !entries.isEmpty()) {
                ObjectNode node = result.putObject(section);
                entries.forEach(node::set);
            }
        }
        return result;
    }

    /** Every tag some operation uses (a definition if a part had one), sorted by name. */
    ArrayNode tags() {
        ArrayNode result = NODES.arrayNode();
        new TreeMap<>(tags).values().forEach(result::add);
        return result;
    }

    private static Map<String, ObjectNode> keptPaths(JsonNode document, OperationFilter keep) {
        Map<String, ObjectNode> kept = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode item = path.getValue();
            ObjectNode keptItem = NODES.objectNode();
            for (String method : METHODS) {
                JsonNode operation = item.get(method);
                if (operation != null && operation.isObject()
                        && keep.keep(method.toUpperCase(Locale.ROOT), path.getKey())) {
                    keptItem.set(method, withPathParameters((ObjectNode) operation.deepCopy(), item.get("parameters")));
                }
            }
            if (!keptItem.isEmpty()) {
                kept.put(path.getKey(), keptItem);
            }
        }
        return kept;
    }

    /** The path item's own parameters, copied into the operation unless it declares one of the same name and place. */
    private static ObjectNode withPathParameters(ObjectNode operation, JsonNode pathLevel) {
        if (pathLevel == null || !pathLevel.isArray() || pathLevel.isEmpty()) {
            return operation;
        }
        ArrayNode parameters = operation.get("parameters") instanceof ArrayNode own ? own : NODES.arrayNode();
        Set<String> declared = new HashSet<>();
        parameters.forEach(parameter -> declared.add(parameterKey(parameter)));
        ArrayNode combined = NODES.arrayNode();
        for (JsonNode parameter : pathLevel) {
            if (!declared.contains(parameterKey(parameter))) {
                combined.add(parameter.deepCopy());
            }
        }
        combined.addAll(parameters);
        operation.set("parameters", combined);
        return operation;
    }

    private static String parameterKey(JsonNode parameter) {
        return parameter.has("$ref") ? parameter.get("$ref").asString()
                : parameter.path("in").asString("") + ":" + parameter.path("name").asString("");
    }

    /** The part's components its kept operations reach, directly or through other components; all security schemes. */
    private static Map<ComponentKey, JsonNode> reachableComponents(JsonNode document,
                                                                   Map<String, ObjectNode> keptPaths) {
        JsonNode declared = document.path("components");
        Map<ComponentKey, JsonNode> reached = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> scheme : declared.path("securitySchemes").properties()) {
            reached.put(new ComponentKey("securitySchemes", scheme.getKey()), scheme.getValue());
        }
        Deque<ComponentKey> pending = new ArrayDeque<>();
        keptPaths.values().forEach(item -> collectRefs(item, pending));
        while (!pending.isEmpty()) {
            ComponentKey key = pending.pop();
            JsonNode definition = declared.path(key.section()).get(key.name());
            if (definition != null && !reached.containsKey(key)) {
                reached.put(key, definition);
                collectRefs(definition, pending);
            }
        }
        return reached;
    }

    /**
     * The components of this part to rename: those whose name is taken by a different definition, compared after
     * this part's own renames are applied (a schema identical in text but pointing at a renamed one is different).
     */
    private Map<ComponentKey, String> renamesFor(String owner, Map<ComponentKey, JsonNode> reached) {
        Map<ComponentKey, String> renames = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<ComponentKey, JsonNode> entry : reached.entrySet()) {
                ComponentKey key = entry.getKey();
                JsonNode existing = components.getOrDefault(key.section(), Map.of()).get(key.name());
                if (renames.containsKey(key) || existing == null) {
                    continue;
                }
                if (!rewriteRefs(entry.getValue().deepCopy(), renames).equals(existing)) {
                    renames.put(key, freeName(key, prefix(owner) + key.name(), renames, reached));
                    changed = true;
                }
            }
        }
        return renames;
    }

    /** A name not used in the merged section, by another rename, or by another component of the same part. */
    private String freeName(ComponentKey key, String candidate, Map<ComponentKey, String> taken,
                            Map<ComponentKey, JsonNode> ownComponents) {
        Map<String, JsonNode> existing = components.getOrDefault(key.section(), Map.of());
        String name = candidate;
        for (int n = 2; existing.containsKey(name) || taken.containsValue(name)
                || ownComponents.containsKey(new ComponentKey(key.section(), name)); n++) {
            name = candidate + n;
        }
        return name;
    }

    /** {@code case-view} → {@code CaseView}. */
    static String prefix(String owner) {
        StringBuilder result = new StringBuilder();
        for (String word : owner.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                result.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return result.toString();
    }

    private void addPath(String path, ObjectNode item) {
        String shape = PATH_VARIABLE.matcher(path).replaceAll("{}");
        String inUse = pathShapes.putIfAbsent(shape, path);
        String key = path;
        if (inUse != null && !inUse.equals(path)) {
            renamePathVariables(item, variables(path), variables(inUse));
            key = inUse;
        }
        ObjectNode merged = paths.computeIfAbsent(key, unused -> NODES.objectNode());
        for (Map.Entry<String, JsonNode> operation : item.properties()) {
            // Routes send a method and path to one service only, so two parts never bring the same operation.
            if (!merged.has(operation.getKey())) {
                merged.set(operation.getKey(), operation.getValue());
            }
        }
    }

    private static List<String> variables(String path) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PATH_VARIABLE.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static void renamePathVariables(ObjectNode item, List<String> from, List<String> to) {
        for (JsonNode operation : item.values()) {
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter instanceof ObjectNode object && "path".equals(parameter.path("in").asString(""))) {
                    int index = from.indexOf(parameter.path("name").asString(""));
                    if (index >= 0 && index < to.size()) {
                        object.put("name", to.get(index));
                    }
                }
            }
        }
    }

    private void addTags(JsonNode document, Map<String, ObjectNode> keptPaths) {
        Map<String, JsonNode> defined = new HashMap<>();
        for (JsonNode tag : document.path("tags")) {
            defined.put(tag.path("name").asString(""), tag);
        }
        for (ObjectNode item : keptPaths.values()) {
            for (JsonNode operation : item.values()) {
                for (JsonNode tag : operation.path("tags")) {
                    String name = tag.asString("");
                    JsonNode definition = defined.get(name);
                    JsonNode known = tags.get(name);
                    if (!name.isEmpty() && (known == null || (known.size() == 1 && definition != null))) {
                        // a definition with a description replaces a bare name another part only used
                        tags.put(name, definition != null ? definition.deepCopy() : NODES.objectNode().put("name", name));
                    }
                }
            }
        }
    }

    /** Every {@code #/components/…} reference in {@code node} ({@code $ref}s and discriminator mappings). */
    private static void collectRefs(JsonNode node, Deque<ComponentKey> into) {
        if (node.isString()) {
            ComponentKey key = ComponentKey.parse(node.asString());
            if (key != null) {
                into.push(key);
            }
            return;
        }
        for (JsonNode child : node.values()) {
            collectRefs(child, into);
        }
    }

    private static JsonNode rewriteRefs(JsonNode node, Map<ComponentKey, String> renames) {
        if (renames.isEmpty()) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            for (String name : new ArrayList<>(object.propertyNames())) {
                object.set(name, rewriteRefs(object.get(name), renames));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, rewriteRefs(array.get(i), renames));
            }
        } else if (node.isString()) {
            ComponentKey key = ComponentKey.parse(node.asString());
            if (key != null && renames.containsKey(key)) {
                return StringNode.valueOf(COMPONENTS + key.section() + "/" + renames.get(key));
            }
        }
        return node;
    }

    record ComponentKey(String section, String name) {
        static ComponentKey parse(String ref) {
            if (!ref.startsWith(COMPONENTS)) {
                return null;
            }
            String[] parts = ref.substring(COMPONENTS.length()).split("/", -1);
            if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                return null;
            }
            return new ComponentKey(parts[0], parts[1].replace("~1", "/").replace("~0", "~"));
        }
    }
}
