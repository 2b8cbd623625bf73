package com.marketplace.aftersales.intake.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.intake.EvidenceAdded;
import com.marketplace.aftersales.contracts.intake.EvidenceRef;
import com.marketplace.aftersales.intake.IntakeIntegrationTest;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;

class EvidenceIT extends IntakeIntegrationTest {

    private static final int IMAGE_LIMIT = 256 * 1024;

    @Test
    void anUploadedPhotoIsStoredWithTheHashOfItsBytesAndAnnounced() throws Exception {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));
        byte[] photo = Samples.jpeg(50_000);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));

        try (TopicProbe intake = intakeTopic()) {
            EntityExchangeResult<String> stored = upload(caseId, customer, "photo.jpg", MediaType.IMAGE_JPEG, photo,
                    null);

            assertThat(stored.getStatus().value()).as(stored.getResponseBody()).isEqualTo(201);
            UUID evidenceId = UUID.fromString(json(stored).get("evidenceId").asString());
            assertThat(json(stored).get("contentType").asString()).isEqualTo("image/jpeg");
            assertThat(json(stored).get("size").asLong()).isEqualTo(photo.length);
            assertThat(json(stored).get("sha256").asString()).isEqualTo(sha256);
            assertThat(storedBytes(evidenceId)).isEqualTo(photo);

            List<EventEnvelope<CaseEvent>> events = awaitEvents(intake, caseId, 1);
            EvidenceAdded added = (EvidenceAdded) events.get(0).data();
            assertThat(added.evidence()).isEqualTo(new EvidenceRef(evidenceId, "image/jpeg", photo.length, sha256));
            assertThat(added.actor().id()).isEqualTo(customer);
            assertThat(added.actor().role()).isEqualTo(ActorRole.CUSTOMER);

            // The owner and the reviewing agent can look at it; the stored bytes are exactly what was sent.
            assertThat(download("/api/v1/cases/" + caseId + "/evidence/" + evidenceId, TestTokens.customer(customer)))
                    .isEqualTo(photo);
            assertThat(download("/api/v1/agent/cases/" + caseId + "/evidence/" + evidenceId, agentToken()))
                    .isEqualTo(photo);
        }
    }

    @Test
    void retryingAnUploadWithTheSameKeyStoresItOnce() {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));
        byte[] photo = Samples.png(20_000);
        String key = UUID.randomUUID().toString();

        EntityExchangeResult<String> first = upload(caseId, customer, "a.png", MediaType.IMAGE_PNG, photo, key);
        EntityExchangeResult<String> retry = upload(caseId, customer, "a.png", MediaType.IMAGE_PNG, photo, key);

        assertThat(retry.getStatus().value()).isEqualTo(201);
        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(count("select count(*) from case_evidence where case_id = :p", caseId)).isEqualTo(1);
    }

    @Test
    void textPosingAsAPhotoIsRefusedAndNothingIsStored() {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));

        EntityExchangeResult<String> refused = upload(caseId, customer, "photo.jpg", MediaType.IMAGE_JPEG,
                Samples.text(4_000), null);

        assertProblem(refused, 415);
        assertThat(count("select count(*) from case_evidence where case_id = :p", caseId)).isZero();
    }

    @Test
    void aFileOverItsTypesLimitIsRefusedWhileALargerVideoIsWithinItsOwn() {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));

        EntityExchangeResult<String> tooLarge = upload(caseId, customer, "big.png", MediaType.IMAGE_PNG,
                Samples.png(IMAGE_LIMIT + 1), null);
        EntityExchangeResult<String> video = upload(caseId, customer, "clip.mp4", MediaType.parseMediaType("video/mp4"),
                Samples.mp4(IMAGE_LIMIT + 100_000), null);

        assertProblem(tooLarge, 413);
        assertThat(video.getStatus().value()).as(video.getResponseBody()).isEqualTo(201);
        assertThat(json(video).get("contentType").asString()).isEqualTo("video/mp4");
        assertThat(count("select count(*) from case_evidence where case_id = :p", caseId)).isEqualTo(1);
    }

    @Test
    void aWithdrawnCaseTakesNoMoreEvidence() {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));
        post("/api/v1/cases/" + caseId + "/withdraw", TestTokens.customer(customer), "{}");

        EntityExchangeResult<String> refused = upload(caseId, customer, "late.jpg", MediaType.IMAGE_JPEG,
                Samples.jpeg(1_000), null);

        assertProblem(refused, 409);
        assertThat(json(refused).get("currentStatus").asString()).isEqualTo("WITHDRAWN");
        assertThat(count("select count(*) from case_evidence where case_id = :p", caseId)).isZero();
    }

    @Test
    void aCaseHoldsALimitedNumberOfFiles() {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));
        for (int i = 0; i < 3; i++) {
            assertThat(upload(caseId, customer, i + ".jpg", MediaType.IMAGE_JPEG, Samples.jpeg(1_000 + i), null)
                    .getStatus().value()).isEqualTo(201);
        }

        EntityExchangeResult<String> fourth = upload(caseId, customer, "3.jpg", MediaType.IMAGE_JPEG,
                Samples.jpeg(2_000), null);

        assertProblem(fourth, 422);
        assertThat(firstErrorField(fourth)).isEqualTo("file");
        assertThat(count("select count(*) from case_evidence where case_id = :p", caseId)).isEqualTo(3);
    }

    @Test
    void anotherCustomersCaseIsNotFound() {
        String owner = newCustomer();
        UUID caseId = submitCase(owner, replicatedOrderOf(owner));
        String stranger = newCustomer();

        EntityExchangeResult<String> refused = upload(caseId, stranger, "photo.jpg", MediaType.IMAGE_JPEG,
                Samples.jpeg(1_000), null);
        EntityExchangeResult<String> missing = upload(UUID.randomUUID(), stranger, "photo.jpg", MediaType.IMAGE_JPEG,
                Samples.jpeg(1_000), null);

        assertProblem(refused, 404);
        assertThat(json(refused).get("title")).isEqualTo(json(missing).get("title"));
        UUID evidenceId = UUID.fromString(json(upload(caseId, owner, "photo.jpg", MediaType.IMAGE_JPEG,
                Samples.jpeg(1_000), null)).get("evidenceId").asString());
        assertProblem(api.get().uri("/api/v1/cases/" + caseId + "/evidence/" + evidenceId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer(stranger))
                .exchange().expectBody(String.class).returnResult(), 404);
        assertThat(count("select count(*) from case_evidence where case_id = :p", caseId)).isEqualTo(1);
    }

    private EntityExchangeResult<String> upload(UUID caseId, String customer, String filename, MediaType type,
                                                byte[] content, String idempotencyKey) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        }).contentType(type);
        var request = api.post().uri("/api/v1/cases/{caseId}/evidence", caseId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer(customer));
        if (idempotencyKey != null) {
            request = request.header(IdempotentRequests.HEADER, idempotencyKey);
        }
        return request.body(BodyInserters.fromMultipartData(parts.build()))
                .exchange().expectBody(String.class).returnResult();
    }

    private byte[] download(String path, String token) {
        return api.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    private byte[] storedBytes(UUID evidenceId) {
        ByteBuffer content = db.sql("select content from case_evidence where evidence_id = :id")
                .bind("id", evidenceId)
                .map((row, meta) -> row.get("content", ByteBuffer.class))
                .one().block(WAIT);
        byte[] bytes = new byte[content.remaining()];
        content.get(bytes);
        return bytes;
    }
}
