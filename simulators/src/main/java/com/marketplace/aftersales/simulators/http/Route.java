package com.marketplace.aftersales.simulators.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A method and a path template such as {@code /refunds/{idempotencyKey}}. Business routes are subject to the
 * simulated faults; control routes ({@code /sim/*}, {@code /health}, the ledger) always answer at once.
 */
public record Route(String method, List<String> template, boolean business, Handler handler) {

    @FunctionalInterface
    public interface Handler {
        Response handle(Request request);
    }

    public static Route business(String method, String template, Handler handler) {
        return new Route(method, segments(template), true, handler);
    }

    public static Route control(String method, String template, Handler handler) {
        return new Route(method, segments(template), false, handler);
    }

    /** @return the decoded path variables if {@code rawPath} fits the template, whatever the method */
    Optional<Map<String, String>> match(String rawPath) {
        List<String> actual = segments(rawPath);
        if (actual.size() != template.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            String segment = actual.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                String decoded = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
                if (decoded.isEmpty()) {
                    return Optional.empty();
                }
                variables.put(expected.substring(1, expected.length() - 1), decoded);
            } else if (!expected.equals(segment)) {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    private static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
    }
}
