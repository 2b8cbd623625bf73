package com.marketplace.aftersales.caseview.api;

import com.marketplace.aftersales.caseview.timeline.TimelineEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The API's bodies: records of their own, so a column added to a table never leaks into a response. */
final class Responses {

    private Responses() {
    }

    /** A page of query results, before they become one of the API's page bodies. */
    record Page<T>(List<T> items, int page, int size, long total) {
    }

    @Schema(description = "A page of the customer's own cases")
    record CaseSummaryPage(List<CaseSummary> items, int page, int size,
                           @Schema(description = "matching cases on all pages") long total) {
    }

    @Schema(description = "A page of an agent queue")
    record AgentCasePage(List<AgentCase> items, int page, int size,
                         @Schema(description = "matching cases on all pages") long total) {
    }

    @Schema(description = "A page of a merchant's cases or a warehouse's returns")
    record PartnerCasePage(List<PartnerCase> items, int page, int size,
                           @Schema(description = "matching cases on all pages") long total) {
    }

    /** A customer's list entry. */
    record CaseSummary(UUID caseId, String serviceNo, String status, String serviceType, Instant updatedAt) {
        static CaseSummary of(CaseRow row) {
            return new CaseSummary(row.caseId(), row.serviceNo(), row.status(), row.serviceType(), row.updatedAt());
        }
    }

    record Handler(String id, String name) {
        static Handler of(CaseRow row) {
            return row.handlerId() == null ? null : new Handler(row.handlerId(), row.handlerName());
        }
    }

    /** Money as a decimal string plus currency (contracts §1). */
    record Refund(String amount, String currency, String status) {
        static Refund of(CaseRow row) {
            BigDecimal amount = row.refundAmount();
            return amount == null ? null : new Refund(amount.toPlainString(), row.refundCurrency(), row.refundStatus());
        }
    }

    record Actor(String id, String role, String channel) {
    }

    @Schema(description = "One line of a case's history")
    record TimelineItem(
            @Schema(description = "The entry id: increasing per case in commit order, the SSE event id")
            long id,
            @Schema(description = "When it happened (the event's time)")
            Instant at,
            @Schema(description = "The event type, e.g. CaseReviewed", example = "CaseReviewed")
            String type,
            @Schema(description = "Who did it, through which channel; fields absent when the event named nobody")
            Actor actor,
            @Schema(description = "What happened, in English", example = "Request approved")
            String summary) {
        static TimelineItem of(TimelineEntry entry) {
            TimelineEntry.EntryActor actor = entry.actor();
            return new TimelineItem(entry.id(), entry.at(), entry.type(),
                    actor == null ? null : new Actor(actor.id(), actor.role(), actor.channel()), entry.summary());
        }
    }

    record CaseDetail(
            UUID caseId,
            String serviceNo,
            String orderId,
            String orderLineId,
            String serviceType,
            String category,
            String status,
            String priority,
            Handler handler,
            Instant expectedCompletionAt,
            String remedy,
            Refund refund,
            String warehouseId,
            List<TimelineItem> timeline,
            Instant createdAt,
            Instant updatedAt) {

        static CaseDetail of(CaseRow row, List<TimelineItem> timeline) {
            return new CaseDetail(row.caseId(), row.serviceNo(), row.orderId(), row.orderLineId(), row.serviceType(),
                    row.category(), row.status(), row.priority(), Handler.of(row), row.expectedCompletionAt(),
                    row.remedy(), Refund.of(row), row.warehouseId(), timeline, row.createdAt(), row.updatedAt());
        }
    }

    record Message(UUID messageId, Instant at, Actor author, String text) {
    }

    record Conversation(UUID caseId, List<Message> messages) {
    }

    /** A merchant's or warehouse's list entry: what they need to act on the order line. */
    record PartnerCase(UUID caseId, String serviceNo, String orderId, String orderLineId, String status,
                       String serviceType, String category, String remedy, String warehouseId, Instant createdAt,
                       Instant updatedAt) {
        static PartnerCase of(CaseRow row) {
            return new PartnerCase(row.caseId(), row.serviceNo(), row.orderId(), row.orderLineId(), row.status(),
                    row.serviceType(), row.category(), row.remedy(), row.warehouseId(), row.createdAt(),
                    row.updatedAt());
        }
    }

    record Escalation(UUID escalationId, String policy, int level, String escalateTo, Instant dueAt,
                      Instant raisedAt) {
    }

    /** An agent's queue entry, with the unacknowledged escalations an agent acknowledges by id. */
    record AgentCase(UUID caseId, String serviceNo, String status, String serviceType, String category,
                     String priority, Handler handler, Instant expectedCompletionAt, Instant createdAt,
                     Instant updatedAt, List<Escalation> escalations) {
        static AgentCase of(CaseRow row, List<Escalation> escalations) {
            return new AgentCase(row.caseId(), row.serviceNo(), row.status(), row.serviceType(), row.category(),
                    row.priority(), Handler.of(row), row.expectedCompletionAt(), row.createdAt(), row.updatedAt(),
                    escalations);
        }
    }

    /**
     * @param level           {@code WARNING} past the warning threshold, {@code BREACHED} past the deadline
     * @param escalationLevel how many times the breach has been escalated (0 before any)
     */
    record AtRisk(UUID caseId, String serviceNo, String status, String policy, Instant dueAt, String level,
                  int escalationLevel) {
    }

    record EscalationAcknowledged(UUID escalationId, UUID caseId, String policy, int level, Instant acknowledgedAt,
                                  String acknowledgedBy) {
    }
}
