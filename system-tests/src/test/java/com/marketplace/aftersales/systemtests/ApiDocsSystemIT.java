package com.marketplace.aftersales.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import com.marketplace.aftersales.contracts.EventCodec;

/**
 * The gateway serves one OpenAPI 3.1 document for the whole API, with every endpoint of the contract, each with an
 * operation id. The build lints the same document with Spectral afterwards (see this module's pom).
 */
@Order(6)
class ApiDocsSystemIT {

    /** contracts §1, written out by hand: the promise made to the mobile team. */
    static final List<String> CONTRACT = List.of(
            "POST /api/v1/cases", "GET /api/v1/cases", "GET /api/v1/cases/{}",
            "POST /api/v1/cases/{}/evidence", "POST /api/v1/cases/{}/info", "POST /api/v1/cases/{}/messages",
            "GET /api/v1/cases/{}/messages", "POST /api/v1/cases/{}/withdraw", "POST /api/v1/cases/{}/return-shipment",
            "POST /api/v1/cases/{}/feedback", "POST /api/v1/cases/{}/complaints", "GET /api/v1/cases/{}/stream",
            "GET /api/v1/agent/cases", "POST /api/v1/agent/cases/{}/review", "POST /api/v1/agent/cases/{}/diagnosis",
            "POST /api/v1/agent/cases/{}/messages", "POST /api/v1/agent/cases/{}/compensation/approval",
            "POST /api/v1/agent/cases/{}/dispute/decision", "POST /api/v1/agent/escalations/{}/ack",
            "GET /api/v1/risk/cases", "POST /api/v1/risk/cases/{}/decision",
            "POST /api/v1/finance/cases/{}/refund-route", "GET /api/v1/ops/sla/at-risk",
            "GET /api/v1/ops/reports/monthly", "GET /api/v1/public/reports/monthly",
            "GET /api/v1/merchant/cases", "GET /api/v1/warehouse/returns",
            "POST /api/v1/merchant/cases/{}/response", "POST /api/v1/warehouse/cases/{}/receipt",
            "POST /api/v1/merchant/cases/{}/inspection", "POST /api/v1/merchant/cases/{}/repair",
            "POST /api/v1/merchant/cases/{}/reshipment");

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void theMergedDocumentDescribesEveryEndpointOfTheContract() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + "/v3/api-docs")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        Path out = Path.of(System.getProperty("aftersales.openapi.out", "target/openapi.json"));
        Files.createDirectories(out.getParent());
        Files.write(out, response.body());

        JsonNode document = EventCodec.mapper().readTree(response.body());
        assertThat(document.get("openapi").asString()).startsWith("3.1");
        List<String> documented = new ArrayList<>();
        List<String> withoutOperationId = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String endpoint = operation.getKey().toUpperCase(Locale.ROOT) + " "
                    + path.getKey().replaceAll("\\{[^}]+}", "{}");
            documented.add(endpoint);
            if (!operation.getValue().hasNonNull("operationId")) {
                withoutOperationId.add(endpoint);
            }
        }));
        assertThat(documented).containsAll(CONTRACT);
        assertThat(withoutOperationId).isEmpty();
    }

}
