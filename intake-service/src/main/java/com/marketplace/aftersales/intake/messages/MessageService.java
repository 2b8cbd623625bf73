package com.marketplace.aftersales.intake.messages;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.intake.MessagePosted;
import com.marketplace.aftersales.intake.IntakeMetrics;
import com.marketplace.aftersales.intake.cases.AfterSalesCase;
import com.marketplace.aftersales.intake.cases.CaseChanges;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Posts a message: the {@code case_message} row (intake's record of the conversation) and {@code MessagePosted}. */
@Component
class MessageService {

    private final CaseChanges cases;
    private final DatabaseClient db;
    private final Clock clock;
    private final IntakeMetrics metrics;
    private final TransactionalOperator transactions;

    MessageService(CaseChanges cases, DatabaseClient db, Clock clock, IntakeMetrics metrics,
                   ReactiveTransactionManager transactionManager) {
        this.cases = cases;
        this.db = db;
        this.clock = clock;
        this.metrics = metrics;
        this.transactions = TransactionalOperator.create(transactionManager);
    }

    /**
     * @param mayPost whether the author may act on the case (a customer: their own)
     * @param author  the author as the event's actor, given the case (a customer's channel is the case's)
     */
    Mono<UUID> post(UUID caseId, String text, Predicate<AfterSalesCase> mayPost,
                    Function<AfterSalesCase, Actor> author) {
        UUID messageId = UUID.randomUUID();
        return cases.decide(caseId, mayPost, found -> found.postMessage(messageId, text, author.apply(found)))
                .map(change -> change.only(MessagePosted.class))
                .flatMap(posted -> db.sql("""
                                insert into case_message (message_id, case_id, author_id, author_role, channel, text,
                                                          posted_at)
                                values (:messageId, :caseId, :authorId, :role, :channel, :text, :now)""")
                        .bind("messageId", messageId)
                        .bind("caseId", caseId)
                        .bind("authorId", posted.actor().id())
                        .bind("role", posted.actor().role().name())
                        .bind("channel", posted.actor().channel().name())
                        .bind("text", text)
                        .bind("now", clock.instant())
                        .then()
                        .thenReturn(posted))
                .as(transactions::transactional)
                .doOnNext(posted -> metrics.messagePosted(posted.actor().role().name()))
                .map(MessagePosted::messageId);
    }
}
