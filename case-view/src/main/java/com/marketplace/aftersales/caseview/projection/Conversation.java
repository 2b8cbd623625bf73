package com.marketplace.aftersales.caseview.projection;

import static com.marketplace.aftersales.caseview.projection.CaseRows.nullable;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.intake.MessagePosted;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Keeps each case's conversation ({@code case_message}) from {@code MessagePosted}. */
@Component
class Conversation {

    private final DatabaseClient db;

    Conversation(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> record(MessagePosted message, String eventId, Instant at) {
        Actor author = message.actor();
        UUID messageId = message.messageId() != null ? message.messageId()
                : UUID.nameUUIDFromBytes(("message:" + eventId).getBytes(StandardCharsets.UTF_8));
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        insert into case_message (message_id, case_id, at, author_id, author_role, channel, text)
                        values (:messageId, :caseId, :at, :authorId, :authorRole, :channel, :text)
                        on conflict (message_id) do nothing""")
                .bind("messageId", messageId)
                .bind("caseId", message.caseId())
                .bind("at", at)
                .bind("text", message.text() == null ? "" : message.text());
        insert = nullable(insert, "authorId", author == null ? null : author.id(), String.class);
        insert = nullable(insert, "authorRole", author == null ? null : author.role().name(), String.class);
        insert = nullable(insert, "channel", author == null ? null : author.channel().name(), String.class);
        return insert.then();
    }
}
