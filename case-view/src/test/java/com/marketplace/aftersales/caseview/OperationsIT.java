package com.marketplace.aftersales.caseview;

import com.marketplace.aftersales.testsupport.PrometheusScrape;
import org.springframework.beans.factory.annotation.Value;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What operations and the other teams rely on: the metrics the dashboards query, the published API description. */
class OperationsIT extends CaseViewIntegrationTest {

    @Value("${local.server.port}")
    int serverPort;

    @Test
    void theMetricsTheDashboardsQueryAreExposed() {
        Events events = newCase();
        publish(events.submitted());
        awaitStatus(events.caseId(), "SUBMITTED");

        String metrics = PrometheusScrape.at(serverPort);

        assertThat(metrics)
                .contains("aftersales_caseview_sse_subscribers")
                .contains("aftersales_caseview_sse_overflows_total")
                .contains("aftersales_caseview_projection_lag_seconds_count")
                .contains("topic=\"aftersales.intake.v1\"")
                .contains("aftersales_caseview_notifications_requested_total")
                .contains("template=\"case-status-submitted\"");
    }

    @Test
    void theApiDescriptionListsEveryEndpointCaseViewOwns() {
        JsonNode paths = getJson("/v3/api-docs", null).get("paths");

        assertThat(paths.propertyNames()).contains(
                "/api/v1/cases", "/api/v1/cases/{caseId}", "/api/v1/cases/{caseId}/messages",
                "/api/v1/cases/{caseId}/stream", "/api/v1/agent/cases",
                "/api/v1/agent/escalations/{escalationId}/ack", "/api/v1/merchant/cases",
                "/api/v1/warehouse/returns", "/api/v1/ops/sla/at-risk");
    }
}
