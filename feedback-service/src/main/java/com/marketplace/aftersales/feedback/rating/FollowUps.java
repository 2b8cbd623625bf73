package com.marketplace.aftersales.feedback.rating;

import com.marketplace.aftersales.contracts.feedback.FollowUpOpened;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The {@code follow_up} table: negative reviews someone has to call back about. */
@Repository
class FollowUps {

    private final DatabaseClient db;

    FollowUps(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> open(FollowUpOpened opened, Instant at) {
        return db.sql("""
                        insert into follow_up (follow_up_id, case_id, rating, opened_at)
                        values (:followUpId, :caseId, :rating, :at)""")
                .bind("followUpId", opened.followUpId())
                .bind("caseId", opened.caseId())
                .bind("rating", opened.rating())
                .bind("at", at)
                .then();
    }
}
