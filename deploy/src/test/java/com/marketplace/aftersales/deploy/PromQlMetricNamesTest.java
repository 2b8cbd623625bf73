package com.marketplace.aftersales.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlMetricNamesTest {

    @Test
    void aPlainSelector() {
        assertThat(PromQlMetricNames.of("up")).containsExactly("up");
        assertThat(PromQlMetricNames.of("up{suite=\"aftersales\"} == 0")).containsExactly("up");
    }

    @Test
    void functionsAggregationsAndTheirLabelListsAreNotMetrics() {
        assertThat(PromQlMetricNames.of(
                "histogram_quantile(0.99, sum by (application, le) (rate(http_server_requests_seconds_bucket"
                        + "{uri!~\"/actuator.*\"}[5m]))) > 1"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(PromQlMetricNames.of("sum(rate(a_total[5m])) by (topic) / ignoring(type) group_left(x) b_total"))
                .containsExactly("a_total", "b_total");
        assertThat(PromQlMetricNames.of("topk(10, sum without (instance) (c_total))")).containsExactly("c_total");
    }

    @Test
    void stringsMatchersRangesAndGrafanaVariablesAreIgnored() {
        assertThat(PromQlMetricNames.of(
                "sum by (outcome) (rate(x_total{application=~\"$application\", outcome=\"fake_metric\"}[$__rate_interval]))"))
                .containsExactly("x_total");
        assertThat(PromQlMetricNames.of("label_replace(y, \"dst\", \"$1\", \"src\", \"(.*)\")")).containsExactly("y");
        assertThat(PromQlMetricNames.of("max_over_time(z[${window}])")).containsExactly("z");
    }

    @Test
    void keywordsNumbersAndDurationsAreNotMetrics() {
        assertThat(PromQlMetricNames.of("a unless a offset 10m or b > bool 1e3 and c < inf"))
                .containsExactly("a", "b", "c");
        assertThat(PromQlMetricNames.of("(d > 0) * 100")).containsExactly("d");
    }

    @Test
    void grafanaLabelValuesQueriesReadTheirSelector() {
        assertThat(PromQlMetricNames.of("label_values(process_cpu_usage, application)"))
                .containsExactly("process_cpu_usage");
        assertThat(PromQlMetricNames.of("label_values(up{job=\"a,b\"}, instance)")).containsExactly("up");
        assertThat(PromQlMetricNames.of("label_values(application)")).isEmpty();
    }

    @Test
    void multiLineExpressions() {
        assertThat(PromQlMetricNames.of("sum by (application, topic) (increase(e_total[10m])) > 0\nor\n"
                + "sum by (application, topic) (e_total\n  unless e_total offset 10m) > 0"))
                .containsExactly("e_total");
    }
}
