package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.intake.EvidenceRef;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Content hashes of each case's evidence, for risk checks (the same photo in another customer's case). */
@Repository
class EvidenceRepository {

    private final DatabaseClient db;

    EvidenceRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> record(UUID caseId, EvidenceRef evidence, Instant addedAt) {
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        insert into case_evidence (case_id, evidence_id, sha256, content_type, size_bytes, added_at)
                        values (:caseId, :evidenceId, :sha256, :contentType, :size, :addedAt)
                        on conflict (case_id, evidence_id) do nothing""")
                .bind("caseId", caseId)
                .bind("evidenceId", evidence.evidenceId())
                .bind("sha256", evidence.sha256())
                .bind("size", evidence.size())
                .bind("addedAt", addedAt);
        insert = evidence.contentType() == null ? insert.bindNull("contentType", String.class)
                : insert.bind("contentType", evidence.contentType());
        return insert.then();
    }
}
