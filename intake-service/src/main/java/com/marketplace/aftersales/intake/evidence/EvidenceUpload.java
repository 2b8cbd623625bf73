package com.marketplace.aftersales.intake.evidence;

import com.marketplace.aftersales.platform.web.ApiProblem;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.ToLongFunction;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a multipart upload as it arrives, one network chunk at a time: the single part {@code file} is typed by its
 * first bytes, hashed as it streams, and refused as soon as a chunk would take it past its type's size limit, so no
 * upload ever holds more than the limit in memory, and nothing is written to disk. Each chunk is copied once, into the
 * file's {@link FileBlocks}, and its buffer released at once; the file is never assembled into a second copy.
 */
final class EvidenceUpload {

    static final String FILE_PART = "file";

    private final ToLongFunction<EvidenceType> limitOf;
    private final MessageDigest sha256;
    private final FileBlocks content = new FileBlocks();
    private final byte[] head = new byte[EvidenceType.SIGNATURE_LENGTH];
    private int headLength;
    private EvidenceType declared;
    private EvidenceType detected;
    private long limit;
    private boolean inFilePart;
    private boolean fileComplete;

    private EvidenceUpload(ToLongFunction<EvidenceType> limitOf) {
        this.limitOf = limitOf;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param limitOf the largest accepted size, in bytes, of each type
     * @return the file, or an error: {@code 400} (no file part, another part, several files, empty), {@code 415}
     * (type not accepted, or the content is not what was declared), {@code 413} (over the limit)
     */
    static Mono<ReceivedFile> read(Flux<PartEvent> parts, ToLongFunction<EvidenceType> limitOf) {
        return Mono.defer(() -> {
            EvidenceUpload upload = new EvidenceUpload(limitOf);
            return parts
                    .doOnNext(upload::accept)
                    // Events still queued when a check fails are dropped by the reader: give their buffers back.
                    .doOnDiscard(PartEvent.class, event -> DataBufferUtils.release(event.content()))
                    .then(Mono.fromSupplier(upload::complete));
        });
    }

    private void accept(PartEvent event) {
        try {
            if (!FILE_PART.equals(event.name())) {
                throw ApiProblem.invalid(event.name() == null ? FILE_PART : event.name(),
                        "unknown part; send the evidence as the single part '" + FILE_PART + "'");
            }
            if (!(event instanceof FilePartEvent)) {
                throw ApiProblem.invalid(FILE_PART, "must be a file, not a form field");
            }
            if (fileComplete) {
                throw ApiProblem.invalid(FILE_PART, "send one file per request");
            }
            if (!inFilePart) {
                start(event.headers());
                inFilePart = true;
            }
            take(event.content());
            if (event.isLast()) {
                inFilePart = false;
                fileComplete = true;
            }
        } finally {
            DataBufferUtils.release(event.content());
        }
    }

    private void start(HttpHeaders headers) {
        declared = EvidenceType.ofDeclared(headers.getContentType()).orElseThrow(() -> ApiProblem.unsupportedMediaType(
                "The file's declared type " + headers.getContentType() + " is not accepted; send one of "
                        + EvidenceType.accepted()));
        // The declared type must turn out to be the real one, so its limit applies from the first byte.
        limit = limitOf.applyAsLong(declared);
    }

    private void take(DataBuffer chunk) {
        int length = chunk.readableByteCount();
        if (length == 0) {
            return;
        }
        if (content.size() + length > limit) {
            throw tooLarge();
        }
        // Hash and look at the head through views of the chunk; the only copy is the one into the blocks.
        try (DataBuffer.ByteBufferIterator pieces = chunk.readableByteBuffers()) {
            while (pieces.hasNext()) {
                ByteBuffer piece = pieces.next();
                if (headLength < head.length) {
                    int copied = Math.min(piece.remaining(), head.length - headLength);
                    piece.duplicate().get(head, headLength, copied);
                    headLength += copied;
                }
                sha256.update(piece);
            }
        }
        if (detected == null && headLength == head.length) {
            identify();
        }
        content.append(chunk);
    }

    private void identify() {
        EvidenceType actual = EvidenceType.detect(Arrays.copyOf(head, headLength))
                .orElseThrow(() -> ApiProblem.unsupportedMediaType("The file's content is none of "
                        + EvidenceType.accepted() + " (declared " + declared.mimeType() + ")"));
        if (actual != declared) {
            throw ApiProblem.unsupportedMediaType("The file was declared " + declared.mimeType()
                    + " but its content is " + actual.mimeType());
        }
        detected = actual;
    }

    private ReceivedFile complete() {
        if (!fileComplete) {
            throw ApiProblem.invalid(FILE_PART, "is required: a multipart part named '" + FILE_PART + "'");
        }
        if (content.size() == 0) {
            throw ApiProblem.invalid(FILE_PART, "is empty");
        }
        if (detected == null) {
            identify();
        }
        return new ReceivedFile(detected, content, HexFormat.of().formatHex(sha256.digest()));
    }

    private ApiProblem tooLarge() {
        return ApiProblem.contentTooLarge("A " + declared.mimeType() + " file may be at most " + limit + " bytes",
                limit);
    }
}
