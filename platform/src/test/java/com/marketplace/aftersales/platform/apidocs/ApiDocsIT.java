package com.marketplace.aftersales.platform.apidocs;

import com.marketplace.aftersales.platform.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every service's API document has the shared parts the gateway's merged document relies on. */
class ApiDocsIT extends PlatformIntegrationTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void theDocumentIsOpenApi31WithTheBearerSchemeAndProblemErrors() {
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.openapi").value(version -> org.assertj.core.api.Assertions.assertThat(
                        version.toString()).startsWith("3.1"))
                .jsonPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer")
                .jsonPath("$.security[0].bearer").exists()
                .jsonPath("$.components.schemas.Problem.properties.errors").exists()
                .jsonPath("$.paths['/api/v1/things'].post.responses['429'].content['application/problem+json']")
                .exists()
                .jsonPath("$.paths['/api/v1/things'].post.responses['400']").exists();
    }
}
