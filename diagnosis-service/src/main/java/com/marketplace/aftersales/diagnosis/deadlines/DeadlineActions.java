package com.marketplace.aftersales.diagnosis.deadlines;

import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.sla.DeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaDeadlineAction;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.contracts.status.CaseStatus;
import com.marketplace.aftersales.diagnosis.Actors;
import com.marketplace.aftersales.diagnosis.DiagnosisMetrics;
import com.marketplace.aftersales.diagnosis.cases.CaseNeverSeen;
import com.marketplace.aftersales.diagnosis.cases.CaseRepository;
import com.marketplace.aftersales.diagnosis.cases.CaseUpdates;
import com.marketplace.aftersales.diagnosis.cases.DiagnosisCase;
import com.marketplace.aftersales.diagnosis.cases.Transition;
import com.marketplace.aftersales.diagnosis.deadlines.DeadlineActionRecord.Outcome;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRules;
import com.marketplace.aftersales.platform.consumer.NonRetryableRecordException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Acts on the sla-monitor's deadline actions that are diagnosis' to take (contracts §4): accept on a silent merchant's
 * behalf ({@code AUTO_ACCEPT}) and raise the priority of a case open too long ({@code RAISE_PRIORITY}). Each action is
 * applied only if diagnosis' own state of the case still calls for it, and at most once per action id; what was done
 * with each action id (applied, or skipped and why) is recorded.
 */
@Service
class DeadlineActions {

    private static final Logger log = LoggerFactory.getLogger(DeadlineActions.class);
    private static final Set<DeadlineAction> DIAGNOSIS_ACTIONS = EnumSet.of(DeadlineAction.AUTO_ACCEPT,
            DeadlineAction.RAISE_PRIORITY);

    private final CaseRepository cases;
    private final CaseUpdates updates;
    private final RemedyRules remedies;
    private final DeadlineActionLog actionLog;
    private final DiagnosisMetrics metrics;
    private final Clock clock;

    DeadlineActions(CaseRepository cases, CaseUpdates updates, RemedyRules remedies, DeadlineActionLog actionLog,
                    DiagnosisMetrics metrics, Clock clock) {
        this.cases = cases;
        this.updates = updates;
        this.remedies = remedies;
        this.actionLog = actionLog;
        this.metrics = metrics;
        this.clock = clock;
    }

    Mono<Void> receive(String eventId, SlaDeadlineAction action) {
        if (!DIAGNOSIS_ACTIONS.contains(action.action())) {
            // ABANDON and AUTO_REFUND are fulfillment's; a newer action this version does not know is nobody's here.
            return metrics.deadlineActionWhenCommitted(String.valueOf(action.action()), "not-ours");
        }
        if (action.actionId() == null || action.actionId().isBlank()) {
            throw new NonRetryableRecordException("Deadline action " + eventId + " has no action id");
        }
        return actionLog.outcomeOf(action.actionId())
                .flatMap(earlier -> repeated(action, earlier))
                .switchIfEmpty(Mono.defer(() -> decide(eventId, action)));
    }

    private Mono<Void> decide(String eventId, SlaDeadlineAction action) {
        // RAISE_PRIORITY of the unresolved clock starts with intake's CaseSubmitted, on another topic: in theory it
        // could overtake the submission. Failing (retried, then parked for replay) beats skipping it for good.
        return cases.find(action.caseId())
                .switchIfEmpty(Mono.error(() -> new CaseNeverSeen(action.caseId(), action.action() + " deadline action")))
                .flatMap(diagnosisCase -> {
                    Transition transition = switch (action.action()) {
                        case AUTO_ACCEPT -> autoAccept(diagnosisCase, action);
                        case RAISE_PRIORITY -> diagnosisCase.raisePriority(Priority.HIGH,
                                "deadline of the " + policyOf(action) + " policy passed", Actors.SYSTEM);
                        default -> throw new IllegalStateException("Not diagnosis' action: " + action.action());
                    };
                    DeadlineActionRecord record = new DeadlineActionRecord(action.actionId(), action.caseId(),
                            action.action().name(), policyOf(action), eventId,
                            transition.isApplied() ? Outcome.APPLIED : Outcome.SKIPPED,
                            transition.isApplied() ? describe(action) : transition.skippedBecause(),
                            clock.instant());
                    return actionLog.recordFirst(record).flatMap(first -> first
                            ? apply(diagnosisCase, transition, record)
                            : repeated(action, record.outcome()));
                });
    }

    private Transition autoAccept(DiagnosisCase diagnosisCase, SlaDeadlineAction action) {
        if (action.expectedStatus() != CaseStatus.AWAITING_MERCHANT) {
            return Transition.skipped("AUTO_ACCEPT expects " + action.expectedStatus()
                    + "; diagnosis accepts only cases awaiting the merchant");
        }
        return diagnosisCase.acceptOnMerchantsBehalf(remedies, Actors.SYSTEM);
    }

    private Mono<Void> apply(DiagnosisCase diagnosisCase, Transition transition, DeadlineActionRecord record) {
        Mono<Void> effect = transition.isApplied()
                ? updates.save(diagnosisCase, transition.events())
                : Mono.fromRunnable(() -> log.info("Deadline action {} skipped: {}", record.actionId(),
                        record.detail()));
        return effect.then(metrics.deadlineActionWhenCommitted(record.action(),
                record.outcome().name().toLowerCase(Locale.ROOT)));
    }

    private Mono<Void> repeated(SlaDeadlineAction action, Outcome earlier) {
        log.info("Deadline action {} was received before ({}); not acting on it again", action.actionId(), earlier);
        return metrics.deadlineActionWhenCommitted(action.action().name(), "repeated");
    }

    private static String describe(SlaDeadlineAction action) {
        return action.action() == DeadlineAction.AUTO_ACCEPT
                ? "accepted on the merchant's behalf" : "priority raised to HIGH";
    }

    private static String policyOf(SlaDeadlineAction action) {
        return action.policy() == null ? SlaPolicy.UNKNOWN.id() : action.policy().id();
    }
}
