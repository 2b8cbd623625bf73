package com.marketplace.aftersales.intake.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.platform.web.ApiProblem;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.FormPartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class EvidenceUploadTest {

    private static final int CHUNK = 1024;
    private static final long IMAGE_LIMIT = 8 * CHUNK;
    private static final long VIDEO_LIMIT = 32 * CHUNK;

    @Test
    void aValidFileIsTypedByItsContentAndHashedOverEveryByte() throws Exception {
        byte[] photo = Samples.jpeg(5 * CHUNK + 17);
        String expectedHash = sha256(photo);

        StepVerifier.create(read(file("photo.jpg", MediaType.IMAGE_JPEG, photo, new AtomicInteger())))
                .assertNext(received -> {
                    assertThat(received.type()).isEqualTo(EvidenceType.JPEG);
                    assertThat(bytesOf(received.content())).isEqualTo(photo);
                    assertThat(received.size()).isEqualTo(photo.length);
                    assertThat(received.sha256()).isEqualTo(expectedHash);
                })
                .verifyComplete();
    }

    @Test
    void eachKindHasItsOwnLimit() {
        byte[] video = Samples.mp4(20 * CHUNK);

        StepVerifier.create(read(file("clip.mp4", MediaType.parseMediaType("video/mp4"), video, new AtomicInteger())))
                .assertNext(received -> assertThat(received.type()).isEqualTo(EvidenceType.MP4))
                .verifyComplete();
    }

    @Test
    void aFileOverItsLimitIsRefusedWithoutReadingTheRest() {
        AtomicInteger chunksRead = new AtomicInteger();
        byte[] huge = Samples.png(200 * CHUNK);

        StepVerifier.create(read(file("huge.png", MediaType.IMAGE_PNG, huge, chunksRead)))
                .expectErrorSatisfies(error -> assertProblem(error, HttpStatus.CONTENT_TOO_LARGE))
                .verify();
        // The limit is 8 chunks: reading stopped there, not after the 200 the client was sending.
        assertThat(chunksRead.get()).isLessThan(50);
    }

    @Test
    void aFileExactlyAtTheLimitIsAccepted() {
        StepVerifier.create(read(file("edge.png", MediaType.IMAGE_PNG, Samples.png((int) IMAGE_LIMIT),
                        new AtomicInteger())))
                .assertNext(received -> assertThat(received.size()).isEqualTo(IMAGE_LIMIT))
                .verifyComplete();
    }

    @Test
    void textPosingAsAPhotoIsRefused() {
        StepVerifier.create(read(file("photo.jpg", MediaType.IMAGE_JPEG, Samples.text(3 * CHUNK), new AtomicInteger())))
                .expectErrorSatisfies(error -> assertProblem(error, HttpStatus.UNSUPPORTED_MEDIA_TYPE))
                .verify();
    }

    @Test
    void aPhotoDeclaredAsAnotherPhotoTypeIsRefused() {
        StepVerifier.create(read(file("photo.webp", MediaType.parseMediaType("image/webp"), Samples.png(CHUNK),
                        new AtomicInteger())))
                .expectErrorSatisfies(error -> assertProblem(error, HttpStatus.UNSUPPORTED_MEDIA_TYPE))
                .verify();
    }

    @Test
    void aTypeIntakeDoesNotTakeIsRefusedBeforeItsContentIsRead() {
        AtomicInteger chunksRead = new AtomicInteger();

        StepVerifier.create(read(file("doc.pdf", MediaType.APPLICATION_PDF, Samples.text(100 * CHUNK), chunksRead)))
                .expectErrorSatisfies(error -> assertProblem(error, HttpStatus.UNSUPPORTED_MEDIA_TYPE))
                .verify();
        assertThat(chunksRead.get()).isLessThan(50);
    }

    @Test
    void aRequestWithoutTheFilePartIsInvalid() {
        StepVerifier.create(read(Flux.empty()))
                .expectErrorSatisfies(error -> assertProblem(error, HttpStatus.BAD_REQUEST))
                .verify();
    }

    @Test
    void anyOtherPartIsInvalid() {
        Flux<PartEvent> parts = Flux.concat(FormPartEvent.create("comment", "see photo"),
                file("photo.jpg", MediaType.IMAGE_JPEG, Samples.jpeg(CHUNK), new AtomicInteger()));

        StepVerifier.create(read(parts))
                .expectErrorSatisfies(error -> {
                    assertProblem(error, HttpStatus.BAD_REQUEST);
                    assertThat(((ApiProblem) error).properties().toString()).contains("comment");
                })
                .verify();
    }

    @Test
    void twoFilesAreInvalid() {
        Flux<PartEvent> parts = Flux.concat(
                file("one.jpg", MediaType.IMAGE_JPEG, Samples.jpeg(CHUNK), new AtomicInteger()),
                file("two.jpg", MediaType.IMAGE_JPEG, Samples.jpeg(CHUNK), new AtomicInteger()));

        StepVerifier.create(read(parts))
                .expectErrorSatisfies(error -> assertProblem(error, HttpStatus.BAD_REQUEST))
                .verify();
    }

    @Test
    void anEmptyFileIsInvalid() {
        StepVerifier.create(read(file("empty.jpg", MediaType.IMAGE_JPEG, new byte[0], new AtomicInteger())))
                .expectErrorSatisfies(error -> assertProblem(error, HttpStatus.BAD_REQUEST))
                .verify();
    }

    private static reactor.core.publisher.Mono<ReceivedFile> read(Flux<PartEvent> parts) {
        return EvidenceUpload.read(parts, type -> type.kind() == EvidenceType.Kind.IMAGE ? IMAGE_LIMIT : VIDEO_LIMIT);
    }

    /** The file as the multipart reader delivers it: one event per network chunk. */
    private static Flux<PartEvent> file(String name, MediaType type, byte[] content, AtomicInteger chunksRead) {
        Flux<DataBuffer> chunks = Flux.range(0, (content.length + CHUNK - 1) / CHUNK)
                .map(i -> {
                    chunksRead.incrementAndGet();
                    int from = i * CHUNK;
                    int length = Math.min(CHUNK, content.length - from);
                    return (DataBuffer) DefaultDataBufferFactory.sharedInstance.wrap(
                            Arrays.copyOfRange(content, from, from + length));
                });
        return FilePartEvent.create(EvidenceUpload.FILE_PART, name, type, chunks).cast(PartEvent.class);
    }

    @Test
    void theFileIsKeptInBlocksOfAFixedSizeNotInOneWholeFileArray() {
        byte[] video = Samples.mp4(2 * FileBlocks.BLOCK_SIZE + 100);
        long limit = 4L * FileBlocks.BLOCK_SIZE;

        StepVerifier.create(EvidenceUpload.read(file("clip.mp4", MediaType.parseMediaType("video/mp4"), video,
                        new AtomicInteger()), type -> limit))
                .assertNext(received -> {
                    FileBlocks blocks = received.content();
                    assertThat(blocks.count()).isEqualTo(3);
                    assertThat(blocks.block(0).remaining()).isEqualTo(FileBlocks.BLOCK_SIZE);
                    assertThat(blocks.block(1).remaining()).isEqualTo(FileBlocks.BLOCK_SIZE);
                    assertThat(blocks.block(2).remaining()).isEqualTo(100);
                    assertThat(blocks.block(0).isReadOnly()).isTrue();
                    assertThat(bytesOf(blocks)).isEqualTo(video);
                })
                .verifyComplete();
    }

    /** The blocks one after the other, as a download sends them. */
    private static byte[] bytesOf(FileBlocks blocks) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int i = 0; i < blocks.count(); i++) {
            ByteBuffer block = blocks.block(i);
            byte[] bytes = new byte[block.remaining()];
            block.get(bytes);
            all.writeBytes(bytes);
        }
        return all.toByteArray();
    }

    private static void assertProblem(Throwable error, HttpStatus status) {
        assertThat(error).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.status()).isEqualTo(status));
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
