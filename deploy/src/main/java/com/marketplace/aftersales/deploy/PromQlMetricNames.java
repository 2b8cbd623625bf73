package com.marketplace.aftersales.deploy;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression selects, found without a full parser: everything that cannot be a metric
 * name is removed first (string literals, label matchers, range and subquery brackets, Grafana variables, the label
 * lists of {@code by}/{@code without}/{@code on}/{@code ignoring}/{@code group_left}/{@code group_right}); of the
 * identifiers left, those followed by {@code (} are functions or aggregations and keywords are operators. What
 * remains are selectors' metric names. Also understands Grafana's {@code label_values(metric, label)} variable
 * query. Selecting by {@code {__name__=...}} is not supported (and not used): such a query would name no metric.
 */
public final class PromQlMetricNames {

    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^{}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^\\[\\]]*]");
    private static final Pattern GRAFANA_VARIABLES = Pattern.compile("\\$\\{[^}]*}|\\$\\w+");
    private static final Pattern LABEL_LISTS = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^()]*\\)");
    private static final Pattern TOKENS = Pattern.compile("(\\d[\\w.]*)|([A-Za-z_:][\\w:]*)");
    private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\s*\\((.*)\\)\\s*$", Pattern.DOTALL);
    private static final Set<String> KEYWORDS = Set.of(
            "by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool",
            "and", "or", "unless", "atan2", "inf", "nan", "Inf", "NaN");

    private PromQlMetricNames() {
    }

    /** The metric names an expression (or a Grafana {@code label_values(...)} query) reads. */
    public static Set<String> of(String expression) {
        String expr = expression;
        Matcher labelValues = LABEL_VALUES.matcher(expr);
        if (labelValues.matches()) {
            // label_values(label) reads no metric; label_values(selector, label) reads the selector's
            String arguments = labelValues.group(1);
            int lastComma = outsideBracesLastComma(arguments);
            if (lastComma < 0) {
                return Set.of();
            }
            expr = arguments.substring(0, lastComma);
        }
        expr = STRINGS.matcher(expr).replaceAll(" ");
        expr = MATCHERS.matcher(expr).replaceAll(" ");
        expr = GRAFANA_VARIABLES.matcher(expr).replaceAll(" ");
        expr = removeAll(RANGES, expr);
        expr = removeAll(LABEL_LISTS, expr);

        Set<String> names = new TreeSet<>();
        Matcher tokens = TOKENS.matcher(expr);
        while (tokens.find()) {
            String identifier = tokens.group(2);
            if (identifier == null || KEYWORDS.contains(identifier) || followedByParenthesis(expr, tokens.end())) {
                continue;
            }
            names.add(identifier);
        }
        return names;
    }

    private static String removeAll(Pattern pattern, String text) {
        String previous;
        String current = text;
        do {
            previous = current;
            current = pattern.matcher(previous).replaceAll(" ");
        } while (!current.equals(previous));
        return current;
    }

    private static boolean followedByParenthesis(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '(';
            }
        }
        return false;
    }

    private static int outsideBracesLastComma(String text) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                last = i;
            }
        }
        return last;
    }
}
