package com.marketplace.aftersales.intake.evidence;

import com.marketplace.aftersales.contracts.intake.EvidenceRef;
import com.marketplace.aftersales.intake.IntakeMetrics;
import com.marketplace.aftersales.intake.IntakeProperties;
import com.marketplace.aftersales.intake.web.Callers;
import com.marketplace.aftersales.intake.web.IdempotentCommands;
import com.marketplace.aftersales.platform.web.ApiProblem;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/cases/{caseId}/evidence} (the customer adds a photo or video) and reading a file back: the
 * customer their own, staff any (an agent reviews the evidence). An upload is read only in one of the instance's
 * upload slots ({@link UploadSlots}); a download is streamed block by block.
 */
@RestController
class EvidenceController {

    /** Multipart framing around the file: boundaries and part headers. */
    private static final long MULTIPART_OVERHEAD = 16 * 1024;

    record EvidenceStored(UUID evidenceId, String contentType, long size, String sha256) {
        static EvidenceStored of(EvidenceRef ref) {
            return new EvidenceStored(ref.evidenceId(), ref.contentType(), ref.size(), ref.sha256());
        }
    }

    /** What makes two uploads the same request (a record: its JSON field order is stable across instances). */
    record UploadFingerprint(String sha256, String contentType) {
    }

    private final EvidenceService evidence;
    private final UploadSlots slots;
    private final IdempotentCommands commands;
    private final IntakeProperties.Evidence limits;
    private final IntakeMetrics metrics;

    EvidenceController(EvidenceService evidence, UploadSlots slots, IdempotentCommands commands,
                       IntakeProperties properties, IntakeMetrics metrics) {
        this.evidence = evidence;
        this.slots = slots;
        this.commands = commands;
        this.limits = properties.evidence();
        this.metrics = metrics;
    }

    @PostMapping(path = "/api/v1/cases/{caseId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ResponseEntity<EvidenceStored>> upload(@PathVariable UUID caseId, @RequestBody Flux<PartEvent> parts,
                                                @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                                String idempotencyKey,
                                                ServerHttpRequest http) {
        return Callers.withAnyRole(Callers.CUSTOMERS)
                .flatMap(caller -> refuseDeclaredOversize(http)
                        .then(evidence.checkCanAdd(caller, caseId))
                        .then(slots.inSlot(() -> EvidenceUpload.read(parts, this::limitOf)
                                .flatMap(file -> commands.runAs(caller, http, idempotencyKey,
                                        new UploadFingerprint(file.sha256(), file.type().mimeType()),
                                        EvidenceStored.class,
                                        () -> evidence.add(caller, caseId, file)
                                                .map(ref -> ResponseEntity.status(HttpStatus.CREATED)
                                                        .body(EvidenceStored.of(ref))))))))
                .doOnError(ApiProblem.class, this::countRefusal);
    }

    @GetMapping("/api/v1/cases/{caseId}/evidence/{evidenceId}")
    Mono<ResponseEntity<Flux<DataBuffer>>> ownContent(@PathVariable UUID caseId, @PathVariable UUID evidenceId) {
        return Callers.withAnyRole(Callers.CUSTOMERS)
                .flatMap(caller -> evidence.content(EvidenceService.ownedBy(caller), caseId, evidenceId))
                .map(EvidenceController::asFile);
    }

    @GetMapping("/api/v1/agent/cases/{caseId}/evidence/{evidenceId}")
    Mono<ResponseEntity<Flux<DataBuffer>>> staffContent(@PathVariable UUID caseId, @PathVariable UUID evidenceId) {
        return Callers.withAnyRole(Callers.STAFF)
                .flatMap(caller -> evidence.content(found -> true, caseId, evidenceId))
                .map(EvidenceController::asFile);
    }

    /** A request that announces more bytes than any file may have is refused before a byte is read. */
    private Mono<Void> refuseDeclaredOversize(ServerHttpRequest http) {
        long declared = http.getHeaders().getContentLength();
        long largest = limits.largest().toBytes();
        return declared > largest + MULTIPART_OVERHEAD
                ? Mono.error(ApiProblem.contentTooLarge("An evidence file may be at most " + largest + " bytes", largest))
                : Mono.empty();
    }

    private long limitOf(EvidenceType type) {
        return switch (type.kind()) {
            case IMAGE -> limits.maxImageSize().toBytes();
            case VIDEO -> limits.maxVideoSize().toBytes();
        };
    }

    private void countRefusal(ApiProblem problem) {
        if (problem.status() == HttpStatus.CONTENT_TOO_LARGE) {
            metrics.evidenceRefused("too_large");
        } else if (problem.status() == HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
            metrics.evidenceRefused("unsupported_type");
        }
    }

    /** Streamed block by block: a download never holds the whole file, however large. */
    private static ResponseEntity<Flux<DataBuffer>> asFile(EvidenceService.Download download) {
        EvidenceStore.StoredEvidence stored = download.file();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.contentType()))
                .contentLength(stored.size())
                .eTag(stored.sha256())
                .cacheControl(CacheControl.noStore().cachePrivate())
                // Browsers must not second-guess the type intake verified.
                .header("X-Content-Type-Options", "nosniff")
                .body(download.bytes());
    }
}
