package com.marketplace.aftersales.intake.evidence;

import com.marketplace.aftersales.contracts.intake.EvidenceRef;
import com.marketplace.aftersales.intake.IntakeMetrics;
import com.marketplace.aftersales.intake.IntakeProperties;
import com.marketplace.aftersales.intake.web.ApiDocs;
import com.marketplace.aftersales.intake.web.Callers;
import com.marketplace.aftersales.intake.web.IdempotentCommands;
import com.marketplace.aftersales.intake.web.PathIds;
import com.marketplace.aftersales.platform.idempotency.IdempotentRequests;
import com.marketplace.aftersales.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    @Schema(name = "EvidenceStored", description = "The file as stored and announced (EvidenceAdded)")
    record EvidenceStored(
            @Schema(description = "The file's id, to download it", format = "uuid",
                    example = ApiDocs.EXAMPLE_EVIDENCE_ID, requiredMode = Schema.RequiredMode.REQUIRED)
            UUID evidenceId,
            @Schema(description = "The type, as the content showed it", example = "image/jpeg",
                    allowableValues = {"image/jpeg", "image/png", "image/webp", "video/mp4"},
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String contentType,
            @Schema(description = "Bytes", minimum = "1", example = "482133", requiredMode = Schema.RequiredMode.REQUIRED)
            long size,
            @Schema(description = "SHA-256 of the bytes, hex", pattern = "^[0-9a-f]{64}$",
                    example = ApiDocs.EXAMPLE_SHA256, requiredMode = Schema.RequiredMode.REQUIRED)
            String sha256) {
        static EvidenceStored of(EvidenceRef ref) {
            return new EvidenceStored(ref.evidenceId(), ref.contentType(), ref.size(), ref.sha256());
        }
    }

    /** What makes two uploads the same request (a record: its JSON field order is stable across instances). */
    record UploadFingerprint(String sha256, String contentType) {
    }

    /** The upload's form as the API document shows it; the handler reads the parts as a stream instead. */
    @Schema(name = "EvidenceUploadForm", description = "One part named file: the photo or video")
    record UploadForm(
            @Schema(description = "The file, with its Content-Type (image/jpeg, image/png, image/webp or"
                    + " video/mp4); its first bytes must be of that type", type = "string", format = "binary",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String file) {
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

    @Operation(operationId = "intakeAddEvidence", tags = ApiDocs.TAG_EVIDENCE,
            summary = "Add a photo or video to a case",
            description = """
                    Role CUSTOMER, on their own case (another's is 404), while it is open (SUBMITTED, \
                    NEEDS_MORE_INFO or APPROVED; 409 with currentStatus otherwise), up to \
                    ${aftersales.intake.evidence.max-per-case:20} files per case (422). multipart/form-data with \
                    exactly one part, named file, declaring its type: image/jpeg, image/png or image/webp up to \
                    ${aftersales.intake.evidence.max-image-size:10MB}, video/mp4 up to \
                    ${aftersales.intake.evidence.max-video-size:50MB}. The content must be of the declared type \
                    (checked by its first bytes; 415 otherwise). The file is streamed and refused (413) as soon as \
                    it passes its limit. Each instance reads a few uploads at a time; one more is 503 with \
                    Retry-After before its body is read. Publishes EvidenceAdded (id, type, size, SHA-256). Honours \
                    Idempotency-Key (the same key and file give the first answer).""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = UploadForm.class),
                    encoding = @Encoding(name = EvidenceUpload.FILE_PART,
                            contentType = "image/jpeg, image/png, image/webp, video/mp4"))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Stored (EvidenceAdded is published)",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = EvidenceStored.class),
                                    examples = @ExampleObject(name = "stored", value = """
                                            {"evidenceId": "9b2e4c7a-1d3f-4a5b-8c6d-7e8f9a0b1c2d",
                                             "contentType": "image/jpeg", "size": 482133, "sha256":
                                             "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}"""))),
                    @ApiResponse(responseCode = "404", ref = ApiDocs.CASE_NOT_FOUND),
                    @ApiResponse(responseCode = "409", ref = ApiDocs.STATUS_CONFLICT),
                    @ApiResponse(responseCode = "413", ref = ApiDocs.FILE_TOO_LARGE),
                    @ApiResponse(responseCode = "415", ref = ApiDocs.FILE_TYPE_REFUSED),
                    @ApiResponse(responseCode = "422", ref = ApiDocs.TOO_MANY_FILES),
                    @ApiResponse(responseCode = "503", ref = ApiDocs.UPLOADS_BUSY)})
    @PostMapping(path = "/api/v1/cases/{caseId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ResponseEntity<EvidenceStored>> upload(@PathVariable String caseId, @RequestBody Flux<PartEvent> parts,
                                                @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                                                String idempotencyKey,
                                                ServerHttpRequest http) {
        UUID id = PathIds.uuid("caseId", caseId);
        return Callers.withAnyRole(Callers.CUSTOMERS)
                .flatMap(caller -> refuseDeclaredOversize(http)
                        .then(evidence.checkCanAdd(caller, id))
                        .then(slots.inSlot(() -> EvidenceUpload.read(parts, this::limitOf)
                                .flatMap(file -> commands.runAs(caller, http, idempotencyKey,
                                        new UploadFingerprint(file.sha256(), file.type().mimeType()),
                                        EvidenceStored.class,
                                        () -> evidence.add(caller, id, file)
                                                .map(ref -> ResponseEntity.status(HttpStatus.CREATED)
                                                        .body(EvidenceStored.of(ref))))))))
                .doOnError(ApiProblem.class, this::countRefusal);
    }

    @Operation(operationId = "intakeDownloadOwnEvidence", tags = ApiDocs.TAG_EVIDENCE,
            summary = "Download a file of one's own case",
            description = """
                    Role CUSTOMER, on their own case (another's is 404, like a missing file). The bytes exactly as \
                    uploaded, streamed, with the type the content showed, Content-Length, ETag (the SHA-256) and \
                    X-Content-Type-Options: nosniff; never cached by shared caches.""",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The file",
                            headers = {
                                    @Header(name = "ETag", description = "The SHA-256 of the bytes, quoted",
                                            schema = @Schema(type = "string")),
                                    @Header(name = "X-Content-Type-Options", description = "Always nosniff",
                                            schema = @Schema(type = "string", allowableValues = "nosniff"))},
                            content = {
                                    @Content(mediaType = "image/jpeg",
                                            schema = @Schema(type = "string", format = "binary")),
                                    @Content(mediaType = "image/png",
                                            schema = @Schema(type = "string", format = "binary")),
                                    @Content(mediaType = "image/webp",
                                            schema = @Schema(type = "string", format = "binary")),
                                    @Content(mediaType = "video/mp4",
                                            schema = @Schema(type = "string", format = "binary"))}),
                    @ApiResponse(responseCode = "404", ref = ApiDocs.EVIDENCE_NOT_FOUND)})
    @GetMapping("/api/v1/cases/{caseId}/evidence/{evidenceId}")
    Mono<ResponseEntity<Flux<DataBuffer>>> ownContent(@PathVariable String caseId, @PathVariable String evidenceId) {
        UUID caseUuid = PathIds.uuid("caseId", caseId);
        UUID evidenceUuid = PathIds.uuid("evidenceId", evidenceId);
        return Callers.withAnyRole(Callers.CUSTOMERS)
                .flatMap(caller -> evidence.content(EvidenceService.ownedBy(caller), caseUuid, evidenceUuid))
                .map(EvidenceController::asFile);
    }

    @Operation(operationId = "intakeDownloadEvidenceForStaff", tags = ApiDocs.TAG_EVIDENCE,
            summary = "Download a file of any case (staff)",
            description = """
                    Roles AGENT, SUPERVISOR, OPS_MANAGER, FINANCE, RISK: the reviewing agent looks at the evidence. \
                    Answered like the customer's download.""",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The file",
                            headers = {
                                    @Header(name = "ETag", description = "The SHA-256 of the bytes, quoted",
                                            schema = @Schema(type = "string")),
                                    @Header(name = "X-Content-Type-Options", description = "Always nosniff",
                                            schema = @Schema(type = "string", allowableValues = "nosniff"))},
                            content = {
                                    @Content(mediaType = "image/jpeg",
                                            schema = @Schema(type = "string", format = "binary")),
                                    @Content(mediaType = "image/png",
                                            schema = @Schema(type = "string", format = "binary")),
                                    @Content(mediaType = "image/webp",
                                            schema = @Schema(type = "string", format = "binary")),
                                    @Content(mediaType = "video/mp4",
                                            schema = @Schema(type = "string", format = "binary"))}),
                    @ApiResponse(responseCode = "404", ref = ApiDocs.EVIDENCE_NOT_FOUND)})
    @GetMapping("/api/v1/agent/cases/{caseId}/evidence/{evidenceId}")
    Mono<ResponseEntity<Flux<DataBuffer>>> staffContent(@PathVariable String caseId,
                                                        @PathVariable String evidenceId) {
        UUID caseUuid = PathIds.uuid("caseId", caseId);
        UUID evidenceUuid = PathIds.uuid("evidenceId", evidenceId);
        return Callers.withAnyRole(Callers.STAFF)
                .flatMap(caller -> evidence.content(found -> true, caseUuid, evidenceUuid))
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
