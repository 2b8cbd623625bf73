package com.marketplace.aftersales.gateway.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.gateway.BackendStub;
import com.marketplace.aftersales.gateway.Backends;
import com.marketplace.aftersales.gateway.GatewayIntegrationTest;
import com.marketplace.aftersales.testsupport.TestTokens;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A command with If-Match goes on only while the case is as the app last read it from case-view. */
class IfMatchIT extends GatewayIntegrationTest {

    private final BackendStub caseView = Backends.stub("case-view");
    private final String customer = TestTokens.customer("customer-" + UUID.randomUUID());
    private String caseId;
    private String casePath;

    @BeforeEach
    void aCaseAtVersionSeven() {
        caseId = UUID.randomUUID().toString();
        casePath = "/api/v1/cases/" + caseId;
        caseView.etag(casePath, "\"7\"");
    }

    @Test
    void aMatchingIfMatchGoesThroughAfterACheckWithTheCallersOwnToken() {
        String mark = UUID.randomUUID().toString();

        command(casePath + "/withdraw", customer, mark, "\"7\"").exchange().expectStatus().isCreated();

        BackendStub.Received forwarded = Backends.stub("intake").receivedWith(MARK, mark).orElseThrow();
        assertThat(forwarded.header(HttpHeaders.IF_MATCH)).as("passed on unchanged").isEqualTo("\"7\"");
        List<BackendStub.Received> checks = caseView.received("GET", casePath);
        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer(customer));
        assertThat(checks.get(0).header(HttpHeaders.IF_NONE_MATCH)).isEqualTo("\"7\"");
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailedWithTheCurrentETagAndGoesNowhere() {
        String mark = UUID.randomUUID().toString();

        command(casePath + "/return-shipment", customer, mark, "\"6\"").exchange()
                .expectStatus().isEqualTo(412)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"7\"")
                .expectBody()
                .jsonPath("$.status").isEqualTo(412)
                .jsonPath("$.currentETag").isEqualTo("\"7\"");

        assertThat(Backends.stub("fulfillment").receivedWith(MARK, mark)).isEmpty();
    }

    @Test
    void withoutIfMatchNothingIsCheckedAndTheCommandGoesThrough() {
        String mark = UUID.randomUUID().toString();

        command(casePath + "/feedback", customer, mark, null).exchange().expectStatus().isCreated();

        assertThat(Backends.stub("feedback").receivedWith(MARK, mark)).isPresent();
        assertThat(caseView.received("GET", casePath)).isEmpty();
    }

    @Test
    void staffMerchantAndWarehouseCommandsAboutACaseAreCheckedToo() {
        String agent = TestTokens.staff("agent-" + UUID.randomUUID(), "AGENT");
        String merchant = TestTokens.merchant("merchant-user-" + UUID.randomUUID(), "merchant-demo-1");
        String warehouse = TestTokens.warehouse("warehouse-user-" + UUID.randomUUID(), "warehouse-demo-1");

        command("/api/v1/agent/cases/" + caseId + "/review", agent, UUID.randomUUID().toString(), "\"3\"")
                .exchange().expectStatus().isEqualTo(412);
        command("/api/v1/warehouse/cases/" + caseId + "/receipt", warehouse, UUID.randomUUID().toString(), "\"3\"")
                .exchange().expectStatus().isEqualTo(412);
        String mark = UUID.randomUUID().toString();
        command("/api/v1/merchant/cases/" + caseId + "/response", merchant, mark, "\"5\", \"7\"")
                .exchange().expectStatus().isCreated();
        assertThat(Backends.stub("diagnosis").receivedWith(MARK, mark)).isPresent();
    }

    @Test
    void aCaseTheCallerCannotSeeIsNotFoundAndGoesNowhere() {
        caseView.missing(casePath);
        String mark = UUID.randomUUID().toString();

        command(casePath + "/withdraw", customer, mark, "\"7\"").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);

        assertThat(Backends.stub("intake").receivedWith(MARK, mark)).isEmpty();
    }

    @Test
    void anIfMatchThatIsNoListOfTagsIsABadRequestNamingTheHeader() {
        String mark = UUID.randomUUID().toString();

        command(casePath + "/withdraw", customer, mark, "7").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("If-Match");

        assertThat(Backends.stub("intake").receivedWith(MARK, mark)).isEmpty();
        assertThat(caseView.received("GET", casePath)).isEmpty();
    }

    @Test
    void whenCaseViewCannotBeAskedTheCommandIsRefusedWithRetryAfterAndGoesNowhere() {
        String mark = UUID.randomUUID().toString();
        caseView.stop();
        try {
            command(casePath + "/withdraw", customer, mark, "\"7\"").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
                    .expectBody().jsonPath("$.service").isEqualTo("case-view");
        } finally {
            caseView.start();
        }
        assertThat(Backends.stub("intake").receivedWith(MARK, mark)).isEmpty();
    }

    private WebTestClient.RequestHeadersSpec<?> command(String path, String token, String mark, String ifMatch) {
        WebTestClient.RequestBodySpec request = client.post().uri(path).header(MARK, mark)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.bodyValue("{}");
    }
}
