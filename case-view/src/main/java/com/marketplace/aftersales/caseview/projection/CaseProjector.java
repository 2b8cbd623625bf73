package com.marketplace.aftersales.caseview.projection;

import com.marketplace.aftersales.caseview.notification.StatusNotifications;
import com.marketplace.aftersales.caseview.timeline.TimelineEntry;
import com.marketplace.aftersales.caseview.timeline.TimelineHub;
import com.marketplace.aftersales.contracts.EventEnvelope;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.intake.MessagePosted;
import com.marketplace.aftersales.contracts.notification.NotificationRequested;
import com.marketplace.aftersales.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * Applies one event of any lifecycle topic to the read model, inside the consumer's transaction (the platform's
 * inbox record commits with it): the timeline entry, the case row, the conversation and SLA tables, and the
 * customer's status notification in the outbox. Live streams hear of the entry only once it is committed: every
 * instance through the entry's {@code TimelineSignal} notification, this instance also directly after the commit
 * (so its own streams do not wait for the notification's round trip, nor miss it while its listening session is down).
 */
@Component
class CaseProjector {

    private final CaseRows cases;
    private final TimelineWriter timeline;
    private final SlaClocks clocks;
    private final Conversation conversation;
    private final Outbox outbox;
    private final TimelineHub hub;
    private final ProjectionMetrics metrics;

    CaseProjector(CaseRows cases, TimelineWriter timeline, SlaClocks clocks, Conversation conversation,
                  Outbox outbox, TimelineHub hub, ProjectionMetrics metrics) {
        this.cases = cases;
        this.timeline = timeline;
        this.clocks = clocks;
        this.conversation = conversation;
        this.outbox = outbox;
        this.hub = hub;
        this.metrics = metrics;
    }

    Mono<Void> project(EventEnvelope<? extends CaseEvent> envelope) {
        CaseEvent event = envelope.data();
        // Locking the case row first serialises the case's events before anything else is written.
        return cases.lockOrCreate(event.caseId(), envelope.time())
                .flatMap(current -> timeline.append(envelope)
                        .flatMap(entry -> applyTo(current, envelope, entry)));
    }

    private Mono<Void> applyTo(CaseState current, EventEnvelope<? extends CaseEvent> envelope, TimelineEntry entry) {
        CaseEvent event = envelope.data();
        CaseState next = CaseProjection.apply(current, event, envelope.time());
        return recordDetails(envelope)
                .then(withExpectedCompletion(next, event))
                .flatMap(state -> notifyCustomer(state, envelope.id()))
                .flatMap(outcome -> cases.save(outcome.state())
                        .then(afterCommit(envelope, entry, outcome.notification())));
    }

    private Mono<Void> recordDetails(EventEnvelope<? extends CaseEvent> envelope) {
        CaseEvent event = envelope.data();
        if (event instanceof MessagePosted message) {
            return conversation.record(message, envelope.id(), envelope.time());
        }
        return clocks.apply(event, envelope.time());
    }

    /** A clock event may change which deadline the customer is shown; a finished case shows none. */
    private Mono<CaseState> withExpectedCompletion(CaseState state, CaseEvent event) {
        if (!SlaClocks.isClockEvent(event) || state.status() != null && state.status().isTerminal()) {
            return Mono.just(state);
        }
        return clocks.expectedCompletion(state.caseId())
                .map(due -> state.withExpectedCompletionAt(due.orElse(null)));
    }

    /**
     * Tells the customer the status the case shows, once per status reached. A status reached before the case's
     * {@code CaseSubmitted} arrived (so before the customer was known) is told as soon as it does.
     */
    private Mono<Notified> notifyCustomer(CaseState state, String causeEventId) {
        if (!state.customerAwaitsNotification()) {
            return Mono.just(new Notified(state, null));
        }
        NotificationRequested notification = StatusNotifications.statusChanged(state.caseId(), state.customerId(),
                state.serviceNo(), state.status(), causeEventId);
        return outbox.append(notification)
                .thenReturn(new Notified(state.withNotifiedStatus(state.status()), notification));
    }

    private Mono<Void> afterCommit(EventEnvelope<? extends CaseEvent> envelope, TimelineEntry entry,
                                   NotificationRequested notification) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .doOnNext(transaction -> transaction.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public Mono<Void> afterCommit() {
                        return Mono.fromRunnable(() -> {
                            hub.committed(entry.caseId(), entry.id());
                            metrics.applied(envelope, notification);
                        });
                    }
                }))
                .then();
    }

    private record Notified(CaseState state, NotificationRequested notification) {
    }
}
