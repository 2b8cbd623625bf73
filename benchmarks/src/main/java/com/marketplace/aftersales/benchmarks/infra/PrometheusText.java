package com.marketplace.aftersales.benchmarks.infra;

import java.util.ArrayList;
import java.util.List;

/** The Prometheus text exposition of {@code /actuator/prometheus}, just enough of it to read gauges and counters. */
public final class PrometheusText {

    /** One sample line: {@code name{labels} value}. */
    public record Sample(String name, String labels, double value) {
    }

    private final List<Sample> samples;

    private PrometheusText(List<Sample> samples) {
        this.samples = samples;
    }

    public static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            String name;
            String labels;
            if (brace >= 0 && brace < space) {
                name = line.substring(0, brace);
                labels = line.substring(brace + 1, line.lastIndexOf('}'));
            } else {
                name = line.substring(0, line.indexOf(' '));
                labels = "";
            }
            try {
                samples.add(new Sample(name, labels, Double.parseDouble(line.substring(space + 1).trim())));
            } catch (NumberFormatException e) {
                // a value this reader does not understand (e.g. an exemplar suffix): skip the line
            }
        }
        return new PrometheusText(samples);
    }

    /** The sum over every sample of the metric whose labels contain each of {@code labelMatches} ({@code k="v"}). */
    public double sum(String name, String... labelMatches) {
        double sum = 0;
        for (Sample sample : samples) {
            if (sample.name().equals(name) && matches(sample.labels(), labelMatches)) {
                sum += sample.value();
            }
        }
        return sum;
    }

    /** The largest value of the metric among the matching samples, or NaN if none. */
    public double max(String name, String... labelMatches) {
        double max = Double.NaN;
        for (Sample sample : samples) {
            if (sample.name().equals(name) && matches(sample.labels(), labelMatches)) {
                max = Double.isNaN(max) ? sample.value() : Math.max(max, sample.value());
            }
        }
        return max;
    }

    private static boolean matches(String labels, String[] labelMatches) {
        for (String match : labelMatches) {
            if (!labels.contains(match)) {
                return false;
            }
        }
        return true;
    }
}
