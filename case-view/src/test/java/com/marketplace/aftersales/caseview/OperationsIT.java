package com.marketplace.aftersales.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.testsupport.PrometheusScrape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What operations and the other teams rely on: the metrics the dashboards query, the published API description. */
class OperationsIT extends CaseViewIntegrationTest {

    private static final List<String> ENDPOINTS = List.of(
            "GET /api/v1/cases", "GET /api/v1/cases/{caseId}", "GET /api/v1/cases/{caseId}/messages",
            "GET /api/v1/cases/{caseId}/stream", "GET /api/v1/agent/cases",
            "POST /api/v1/agent/escalations/{escalationId}/ack", "GET /api/v1/merchant/cases",
            "GET /api/v1/warehouse/returns", "GET /api/v1/ops/sla/at-risk");

    @Test
    void theMetricsTheDashboardsQueryAreExposed() {
        Events events = newCase();
        publish(events.submitted());
        awaitStatus(events.caseId(), "SUBMITTED");

        String metrics = PrometheusScrape.at(port);

        assertThat(metrics)
                .contains("aftersales_caseview_sse_subscribers")
                .contains("aftersales_caseview_sse_cases")
                .contains("aftersales_caseview_sse_overflows_total")
                .contains("aftersales_caseview_sse_fanout_connected{application=\"case-view\"} 1.0")
                .contains("aftersales_caseview_sse_fanout_reconnects_total")
                .contains("aftersales_caseview_sse_fanout_read_retries_total")
                .contains("aftersales_caseview_sse_push_lag_seconds_bucket")
                .contains("aftersales_caseview_projection_lag_seconds_count")
                .contains("topic=\"aftersales.intake.v1\"")
                .contains("aftersales_caseview_notifications_requested_total")
                .contains("template=\"case-status-submitted\"");
    }

    @Test
    void everyEndpointIsDocumentedWithAnOperationIdTagsExamplesAndItsErrors() throws IOException {
        JsonNode document = getJson("/v3/api-docs", null);
        // Kept for the API lint (Spectral) and for reading: target/api-docs/case-view.json.
        Path saved = Path.of("target", "api-docs", "case-view.json");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, document.toPrettyString());
        JsonNode paths = document.get("paths");

        List<String> documented = new ArrayList<>();
        List<String> operationIds = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                documented.add(method.getKey().toUpperCase() + " " + path.getKey());
                JsonNode operation = method.getValue();
                String name = method.getKey() + " " + path.getKey();
                assertThat(text(operation, "operationId")).as(name).startsWith("caseView");
                operationIds.add(text(operation, "operationId"));
                assertThat(text(operation, "summary")).as(name).isNotBlank();
                assertThat(text(operation, "description")).as(name).isNotBlank();
                assertThat(operation.get("tags")).as(name).isNotEmpty();
                JsonNode success = operation.get("responses").get("200");
                assertThat(success).as(name + " 200").isNotNull();
                assertThat(success.get("content").properties()).as(name + " 200 content")
                        .allSatisfy(media -> assertThat(media.getValue().has("example")
                                || media.getValue().has("examples")).as(name + " example").isTrue());
                for (String error : List.of("400", "401", "403", "429", "500", "503")) {
                    assertThat(operation.get("responses").get(error).get("content")
                            .get("application/problem+json").get("schema").get("$ref").asString())
                            .as(name + " " + error).isEqualTo("#/components/schemas/Problem");
                }
                for (JsonNode parameter : operation.path("parameters")) {
                    assertThat(parameter.has("schema")).as(name + " " + parameter).isTrue();
                }
            }
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(ENDPOINTS);
        assertThat(operationIds).doesNotHaveDuplicates();

        JsonNode detail = paths.get("/api/v1/cases/{caseId}").get("get").get("responses");
        assertThat(detail.get("200").get("headers").has("ETag")).isTrue();
        assertThat(detail.has("304")).isTrue();
        assertThat(detail.get("404").get("content").has("application/problem+json")).isTrue();
        JsonNode stream = paths.get("/api/v1/cases/{caseId}/stream").get("get");
        assertThat(stream.get("responses").get("200").get("content").has("text/event-stream")).isTrue();
        assertThat(stream.get("parameters")).extracting(parameter -> text(parameter, "name"))
                .contains("caseId", "Last-Event-ID");
        assertThat(stream.get("responses").get("404")).isNotNull();
        assertThat(paths.get("/api/v1/cases").get("get").get("parameters"))
                .filteredOn(parameter -> "status".equals(text(parameter, "name")))
                .singleElement()
                .satisfies(status -> assertThat(status.get("schema").get("enum")).extracting(JsonNode::asString)
                        .contains("SUBMITTED", "REFUND_PENDING", "CLOSED").doesNotContain("UNKNOWN"));
    }
}
