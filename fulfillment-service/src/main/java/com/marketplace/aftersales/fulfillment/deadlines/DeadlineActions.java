package com.marketplace.aftersales.fulfillment.deadlines;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.fulfillment.cases.Actors;
import com.marketplace.aftersales.fulfillment.cases.CaseLocks;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCase;
import com.marketplace.aftersales.fulfillment.cases.FulfillmentCases;
import com.marketplace.aftersales.fulfillment.cases.Transition;
import com.marketplace.aftersales.fulfillment.deadlines.DeadlineActionRecord.Outcome;
import com.marketplace.aftersales.fulfillment.deadlines.DeadlineRules.Decision;
import com.marketplace.aftersales.fulfillment.refunds.PayoutRequests;
import com.marketplace.aftersales.platform.consumer.NonRetryableRecordException;
import com.marketplace.aftersales.platform.support.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Applies the sla-monitor's deadline actions that are fulfillment's to take (contracts §4): {@code ABANDON} and
 * {@code AUTO_REFUND}, each only if fulfillment's own state of the case is still the one the action expects
 * ({@link DeadlineRules}), and at most once per action id. What was done with each action id (applied, or skipped and
 * why) is recorded in the same transaction as its effect, under the case's lock, so a re-emitted action (a new event
 * id, the same action id) finds the record and does nothing.
 */
@Service
class DeadlineActions {

    static final String METRIC = "aftersales.fulfillment.deadline.actions";
    private static final Logger log = LoggerFactory.getLogger(DeadlineActions.class);

    private final FulfillmentCases cases;
    private final CaseLocks locks;
    private final PayoutRequests payouts;
    private final DeadlineActionLog actionLog;
    private final MeterRegistry meters;
    private final Clock clock;

    DeadlineActions(FulfillmentCases cases, CaseLocks locks, PayoutRequests payouts, DeadlineActionLog actionLog,
                    MeterRegistry meters, Clock clock) {
        this.cases = cases;
        this.locks = locks;
        this.payouts = payouts;
        this.actionLog = actionLog;
        this.meters = meters;
        this.clock = clock;
    }

    Mono<Void> receive(String eventId, SlaDeadlineAction action) {
        if (!DeadlineRules.isOurs(action.action())) {
            // AUTO_ACCEPT and RAISE_PRIORITY are diagnosis'; a newer action this version does not know is nobody's here.
            return count(action, "not_ours");
        }
        if (action.caseId() == null || action.actionId() == null || action.actionId().isBlank()) {
            throw new NonRetryableRecordException("Deadline action " + eventId + " has no case or no action id");
        }
        return locks.lockForThisTransaction(action.caseId())
                .then(actionLog.earlierOutcome(action.actionId()))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(earlier -> earlier.isPresent()
                        ? repeated(action, earlier.get())
                        : decide(eventId, action));
    }

    private Mono<Void> decide(String eventId, SlaDeadlineAction action) {
        return cases.find(action.caseId())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(current -> {
                    Decision decision = DeadlineRules.decide(action, current);
                    Actor actor = Actors.onDeadline(action.policy());
                    if (decision instanceof Decision.Abandon abandon) {
                        return apply(eventId, action, current.get().abandon(abandon.reason(), actor));
                    }
                    if (decision instanceof Decision.RefundWithoutReceipt refund) {
                        return payouts.refundWithoutReceipt(current.get(), actor, refund.why())
                                .flatMap(transition -> apply(eventId, action, transition));
                    }
                    String because = ((Decision.Skip) decision).because();
                    log.atInfo().addKeyValue("caseId", action.caseId()).log("Deadline action {} skipped: {}",
                            action.actionId(), because);
                    return actionLog.record(record(eventId, action, Outcome.SKIPPED, because))
                            .then(count(action, "skipped"));
                });
    }

    private Mono<Void> apply(String eventId, SlaDeadlineAction action, Transition transition) {
        FulfillmentCase after = transition.next();
        String detail = action.action() + " applied: the case is now " + after.status();
        return cases.save(transition)
                .then(actionLog.record(record(eventId, action, Outcome.APPLIED, detail)))
                .then(count(action, "applied"))
                .doOnSuccess(done -> log.atInfo().addKeyValue("caseId", action.caseId()).log(
                        "Deadline action {}: {}", action.actionId(), detail));
    }

    private Mono<Void> repeated(SlaDeadlineAction action, Outcome earlier) {
        log.atInfo().addKeyValue("caseId", action.caseId()).log(
                "Deadline action {} was received before ({}); not acting on it again", action.actionId(), earlier);
        return count(action, "repeated");
    }

    private DeadlineActionRecord record(String eventId, SlaDeadlineAction action, Outcome outcome, String detail) {
        String policy = (action.policy() == null ? SlaPolicy.UNKNOWN : action.policy()).id();
        return new DeadlineActionRecord(action.actionId(), action.caseId(), action.action().name(), policy, eventId,
                outcome, detail, clock.instant());
    }

    /** Counted once the transaction committed: a handler that fails and is retried is counted once. */
    private Mono<Void> count(SlaDeadlineAction action, String outcome) {
        String name = action.action() == null ? "UNKNOWN" : action.action().name();
        return AfterCommit.run(() -> Counter.builder(METRIC)
                .description("Deadline actions fulfillment received, by action and what it did")
                .tag("action", name.toLowerCase(Locale.ROOT))
                .tag("outcome", outcome)
                .register(meters)
                .increment());
    }
}
