package com.marketplace.aftersales.intake.evidence;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The {@code case_evidence} table: the files themselves, with their type, size and hash. */
@Component
class EvidenceStore {

    private final DatabaseClient db;

    EvidenceStore(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(UUID evidenceId, UUID caseId, ReceivedFile file, String uploadedBy, Instant now) {
        return db.sql("""
                        insert into case_evidence (evidence_id, case_id, content_type, size_bytes, sha256, content,
                                                   uploaded_by, uploaded_at)
                        values (:evidenceId, :caseId, :contentType, :size, :sha256, :content, :uploadedBy, :now)""")
                .bind("evidenceId", evidenceId)
                .bind("caseId", caseId)
                .bind("contentType", file.type().mimeType())
                .bind("size", file.size())
                .bind("sha256", file.sha256())
                .bind("content", ByteBuffer.wrap(file.content()))
                .bind("uploadedBy", uploadedBy)
                .bind("now", now)
                .then();
    }

    Mono<Long> countFor(UUID caseId) {
        return db.sql("select count(*) as pieces from case_evidence where case_id = :caseId")
                .bind("caseId", caseId)
                .map((row, meta) -> row.get("pieces", Long.class))
                .one();
    }

    Mono<StoredEvidence> find(UUID caseId, UUID evidenceId) {
        return db.sql("""
                        select content_type, sha256, content from case_evidence
                        where case_id = :caseId and evidence_id = :evidenceId""")
                .bind("caseId", caseId)
                .bind("evidenceId", evidenceId)
                .map((row, meta) -> new StoredEvidence(row.get("content_type", String.class),
                        row.get("sha256", String.class), toArray(row.get("content", ByteBuffer.class))))
                .one();
    }

    private static byte[] toArray(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    record StoredEvidence(String contentType, String sha256, byte[] content) {
    }
}
