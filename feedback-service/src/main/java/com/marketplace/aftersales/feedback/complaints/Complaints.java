package com.marketplace.aftersales.feedback.complaints;

import com.marketplace.aftersales.contracts.feedback.ComplaintFiled;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The {@code complaint} table. */
@Repository
class Complaints {

    private final DatabaseClient db;

    Complaints(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> add(ComplaintFiled filed, Instant at) {
        return db.sql("""
                        insert into complaint (complaint_id, case_id, customer_id, text, filed_at)
                        values (:complaintId, :caseId, :customerId, :text, :at)""")
                .bind("complaintId", filed.complaintId())
                .bind("caseId", filed.caseId())
                .bind("customerId", filed.actor().id())
                .bind("text", filed.text())
                .bind("at", at)
                .then();
    }
}
