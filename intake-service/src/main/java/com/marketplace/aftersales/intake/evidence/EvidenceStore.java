package com.marketplace.aftersales.intake.evidence;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code case_evidence} table (type, size and hash of each file) and {@code case_evidence_block} (its bytes, in
 * the {@link FileBlocks} it was received in). Writing and reading go block by block: no statement and no read holds
 * more than one block of a file, where one {@code bytea} of the whole file would hold all of it (twice over, as the
 * driver sends it hex-encoded).
 */
@Component
class EvidenceStore {

    private final DatabaseClient db;

    EvidenceStore(DatabaseClient db) {
        this.db = db;
    }

    /** In the caller's transaction: the file's row and its blocks commit together or not at all. */
    Mono<Void> insert(UUID evidenceId, UUID caseId, ReceivedFile file, String uploadedBy, Instant now) {
        Mono<Void> row = db.sql("""
                        insert into case_evidence (evidence_id, case_id, content_type, size_bytes, sha256, uploaded_by,
                                                   uploaded_at)
                        values (:evidenceId, :caseId, :contentType, :size, :sha256, :uploadedBy, :now)""")
                .bind("evidenceId", evidenceId)
                .bind("caseId", caseId)
                .bind("contentType", file.type().mimeType())
                .bind("size", file.size())
                .bind("sha256", file.sha256())
                .bind("uploadedBy", uploadedBy)
                .bind("now", now)
                .then();
        Mono<Void> blocks = Flux.range(0, file.content().count())
                .concatMap(index -> db.sql("""
                                insert into case_evidence_block (evidence_id, block_no, content)
                                values (:evidenceId, :blockNo, :content)""")
                        .bind("evidenceId", evidenceId)
                        .bind("blockNo", index)
                        .bind("content", file.content().block(index))
                        .then())
                .then();
        return row.then(blocks);
    }

    Mono<Long> countFor(UUID caseId) {
        return db.sql("select count(*) as pieces from case_evidence where case_id = :caseId")
                .bind("caseId", caseId)
                .map((row, meta) -> row.get("pieces", Long.class))
                .one();
    }

    /** What is known about a stored file, without its bytes. */
    Mono<StoredEvidence> find(UUID caseId, UUID evidenceId) {
        return db.sql("""
                        select e.evidence_id, e.content_type, e.sha256, e.size_bytes,
                               (select count(*) from case_evidence_block b where b.evidence_id = e.evidence_id) as blocks
                        from case_evidence e
                        where e.case_id = :caseId and e.evidence_id = :evidenceId""")
                .bind("caseId", caseId)
                .bind("evidenceId", evidenceId)
                .map((row, meta) -> new StoredEvidence(row.get("evidence_id", UUID.class),
                        row.get("content_type", String.class), row.get("sha256", String.class),
                        row.get("size_bytes", Long.class), row.get("blocks", Long.class).intValue()))
                .one();
    }

    /**
     * The file's bytes, one block per buffer, each read from the database only when the one before has been taken
     * (a block at a time, in order). The blocks never change once written, so reading them in separate statements is
     * consistent.
     */
    Flux<DataBuffer> content(StoredEvidence stored) {
        return Flux.range(0, stored.blocks())
                .concatMap(index -> db.sql("""
                                select content from case_evidence_block
                                where evidence_id = :evidenceId and block_no = :blockNo""")
                        .bind("evidenceId", stored.evidenceId())
                        .bind("blockNo", index)
                        .map((row, meta) -> row.get("content", ByteBuffer.class))
                        .one()
                        .switchIfEmpty(Mono.error(() -> new IllegalStateException("Block " + index + " of evidence "
                                + stored.evidenceId() + " is missing"))), 1)
                .map(DefaultDataBufferFactory.sharedInstance::wrap);
    }

    record StoredEvidence(UUID evidenceId, String contentType, String sha256, long size, int blocks) {
    }
}
