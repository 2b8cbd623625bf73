package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.intake.EvidenceRef;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Content hashes of each case's evidence, for risk checks (the same photo in another customer's case). */
@Repository
class EvidenceRepository {

    /** The risk team needs a pointer to the earlier cases, not all of them. */
    static final int MAX_CASES_NAMED = 3;

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

    /**
     * Service numbers of other cases that had a file of this case's evidence (same SHA-256) no later than this case
     * did: the earlier case is the original, this one reuses it. At most {@link #MAX_CASES_NAMED}, oldest first.
     */
    Mono<List<String>> casesWithEarlierCopies(UUID caseId) {
        return db.sql("""
                        select other_case.service_no, min(other.added_at) as first_seen
                        from case_evidence mine
                        join case_evidence other
                          on other.sha256 = mine.sha256 and other.case_id <> mine.case_id
                         and other.added_at <= mine.added_at
                        join diagnosis_case other_case on other_case.case_id = other.case_id
                        where mine.case_id = :caseId
                        group by other_case.service_no
                        order by first_seen, other_case.service_no
                        limit :limit""")
                .bind("caseId", caseId)
                .bind("limit", MAX_CASES_NAMED)
                .map((row, meta) -> row.get("service_no", String.class))
                .all()
                .collectList();
    }
}
