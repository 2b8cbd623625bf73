package com.marketplace.aftersales.intake.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.intake.EvidenceAdded;
import com.marketplace.aftersales.contracts.intake.EvidenceRef;
import com.marketplace.aftersales.intake.IntakeIntegrationTest;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.testsupport.TestTokens;
import com.marketplace.aftersales.testsupport.TopicProbe;
import io.micrometer.core.instrument.Counter;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class EvidenceIT extends IntakeIntegrationTest {

    private static final int IMAGE_LIMIT = 256 * 1024;
    private static final int VIDEO_LIMIT = 1024 * 1024;
    private static final MediaType MP4 = MediaType.parseMediaType("video/mp4");

    @Autowired
    EvidenceService evidence;

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

    @Test
    void aLargeFileIsStoredAndReadBackInBlocksNeverAsOneArray() {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));
        byte[] video = Samples.mp4(VIDEO_LIMIT - 1000);
        UUID evidenceId = UUID.fromString(json(upload(caseId, customer, "clip.mp4", MP4, video, null))
                .get("evidenceId").asString());

        List<DataBuffer> read = evidence.content(found -> true, caseId, evidenceId)
                .flatMapMany(EvidenceService.Download::bytes)
                .collectList().block(WAIT);

        int blocks = (video.length + FileBlocks.BLOCK_SIZE - 1) / FileBlocks.BLOCK_SIZE;
        assertThat(read).hasSize(blocks).allSatisfy(buffer ->
                assertThat(buffer.readableByteCount()).isLessThanOrEqualTo(FileBlocks.BLOCK_SIZE));
        assertThat(count("select count(*) from case_evidence_block where evidence_id = :p", evidenceId))
                .isEqualTo(blocks);
        EntityExchangeResult<byte[]> downloaded = api.mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(2 * VIDEO_LIMIT)).build()
                .get().uri("/api/v1/cases/" + caseId + "/evidence/" + evidenceId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer(customer))
                .exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult();
        assertThat(downloaded.getResponseHeaders().getContentLength()).isEqualTo(video.length);
        assertThat(downloaded.getResponseBody()).isEqualTo(video);
    }

    @Test
    void whenEveryUploadSlotIsTakenTheNextUploadIsToldToComeBackLater() throws Exception {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));
        double busyBefore = refusals("busy");
        // The test configuration has one slot: a slow upload takes it and keeps it until its last byte arrives.
        Sinks.Many<DataBuffer> rest = Sinks.many().unicast().onBackpressureBuffer();
        byte[] photo = Samples.jpeg(40_000);
        CompletableFuture<EntityExchangeResult<String>> slow = CompletableFuture.supplyAsync(
                () -> streamedUpload(caseId, customer, photo, rest.asFlux()));
        await().atMost(WAIT).until(() -> activeUploads() == 1);

        EntityExchangeResult<String> refused = upload(caseId, customer, "b.jpg", MediaType.IMAGE_JPEG,
                Samples.jpeg(1_000), null);

        assertProblem(refused, 503);
        assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("3");
        assertThat(refusals("busy")).isEqualTo(busyBefore + 1);

        rest.tryEmitNext(DefaultDataBufferFactory.sharedInstance.wrap(Arrays.copyOfRange(photo, 20_000,
                photo.length)));
        rest.tryEmitComplete();
        EntityExchangeResult<String> stored = slow.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(stored.getStatus().value()).as(stored.getResponseBody()).isEqualTo(201);
        await().atMost(WAIT).until(() -> activeUploads() == 0);
        assertThat(upload(caseId, customer, "c.jpg", MediaType.IMAGE_JPEG, Samples.jpeg(1_000), null)
                .getStatus().value()).isEqualTo(201);
    }

    @Test
    void theCaseIsCountedUnderItsLockSoParallelUploadsCannotPassTheLimit() throws Exception {
        String customer = newCustomer();
        UUID caseId = submitCase(customer, replicatedOrderOf(customer));
        for (int i = 0; i < 2; i++) {
            assertThat(upload(caseId, customer, i + ".jpg", MediaType.IMAGE_JPEG, Samples.jpeg(1_000 + i), null)
                    .getStatus().value()).isEqualTo(201);
        }

        try (Connection other = DriverManager.getConnection(INFRA.jdbcUrl("intake_it"), INFRA.username(),
                INFRA.password())) {
            other.setAutoCommit(false);
            // Another upload of the case (on another instance, say) holds the case and stores the third file …
            execute(other, "select pg_advisory_xact_lock(hashtextextended(?::text, 0))", caseId);
            CompletableFuture<EntityExchangeResult<String>> late = CompletableFuture.supplyAsync(() -> upload(caseId,
                    customer, "late.jpg", MediaType.IMAGE_JPEG, Samples.jpeg(3_000), null));
            await().atMost(WAIT).until(() -> waitingForCaseLock(other, caseId));
            execute(other, """
                    insert into case_evidence (evidence_id, case_id, content_type, size_bytes, sha256, uploaded_by,
                                               uploaded_at)
                    values (gen_random_uuid(), ?, 'image/jpeg', 1, repeat('a', 64), 'another-instance', now())""",
                    caseId);
            other.commit();

            // … so this one, waiting for the case, counts three and is refused.
            EntityExchangeResult<String> refused = late.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertProblem(refused, 422);
        }
        assertThat(count("select count(*) from case_evidence where case_id = :p", caseId)).isEqualTo(3);
    }

    /** A multipart upload whose file part starts with the first half of {@code photo} and continues with {@code rest}. */
    private EntityExchangeResult<String> streamedUpload(UUID caseId, String customer, byte[] photo,
                                                        Flux<DataBuffer> rest) {
        String boundary = "evidence-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        Flux<DataBuffer> body = Flux.concat(
                Flux.just(head, Arrays.copyOfRange(photo, 0, 20_000)).map(DefaultDataBufferFactory.sharedInstance::wrap),
                rest,
                Mono.fromSupplier(() -> DefaultDataBufferFactory.sharedInstance.wrap(tail)));
        return api.post().uri("/api/v1/cases/{caseId}/evidence", caseId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.customer(customer))
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
                .body(BodyInserters.fromDataBuffers(body))
                .exchange().expectBody(String.class).returnResult();
    }

    private double activeUploads() {
        return meters.get(UploadSlots.ACTIVE_METRIC).gauge().value();
    }

    private double refusals(String reason) {
        Counter counter = meters.find("aftersales.intake.evidence.refused").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private static void execute(Connection connection, String sql, UUID caseId) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, caseId);
            statement.execute();
        }
    }

    /** Whether another session waits for the case's lock (the upload, for the case lock held here). */
    private static boolean waitingForCaseLock(Connection holder, UUID caseId) throws Exception {
        try (PreparedStatement statement = holder.prepareStatement("""
                select count(*) from pg_locks
                where locktype = 'advisory' and not granted and objsubid = 1
                  and database = (select oid from pg_database where datname = current_database())
                  and ((classid::bigint << 32) | objid::bigint) = hashtextextended(?::text, 0)""")) {
            statement.setObject(1, caseId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
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

    /** The stored blocks of the file, in order, one after the other. */
    private byte[] storedBytes(UUID evidenceId) {
        List<ByteBuffer> blocks = db.sql("select content from case_evidence_block where evidence_id = :id"
                        + " order by block_no")
                .bind("id", evidenceId)
                .map((row, meta) -> row.get("content", ByteBuffer.class))
                .all().collectList().block(WAIT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        blocks.forEach(block -> {
            byte[] array = new byte[block.remaining()];
            block.get(array);
            bytes.writeBytes(array);
        });
        return bytes.toByteArray();
    }
}
