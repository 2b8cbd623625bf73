package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.CaseDisputed;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.diagnosis.PriorityChanged;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.diagnosis.assignment.Agent;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRequest;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Diagnosis' view of one after-sales case: the facts intake submitted and what diagnosis decided. Each decision checks
 * the stage, moves the case on and returns the events it caused; the caller saves the case and appends those events
 * in one transaction. The stages are {@link DiagnosisStatus}.
 */
public final class DiagnosisCase {

    /** Quality and not-as-described claims go to the merchant to verify (domain §2); other categories do not. */
    static final Set<ProblemCategory> MERCHANT_VERIFIES = EnumSet.of(ProblemCategory.QUALITY_DEFECT,
            ProblemCategory.NOT_AS_DESCRIBED);

    static final String DEADLINE_ACCEPTANCE_REASON = "no response within the deadline";

    private final CaseFacts facts;
    private final long version;
    private DiagnosisStatus status;
    private ProblemCategory category;
    private Priority priority;
    private Remedy proposedRemedy;
    private String handlerId;
    private String handlerName;
    private String closedReason;

    private DiagnosisCase(CaseFacts facts, long version, DiagnosisStatus status, ProblemCategory category,
                          Priority priority, Remedy proposedRemedy, String handlerId, String handlerName,
                          String closedReason) {
        this.facts = Objects.requireNonNull(facts);
        this.version = version;
        this.status = Objects.requireNonNull(status);
        this.category = category;
        this.priority = priority;
        this.proposedRemedy = proposedRemedy;
        this.handlerId = handlerId;
        this.handlerName = handlerName;
        this.closedReason = closedReason;
    }

    /** A request intake registered; nothing decided yet. */
    public static DiagnosisCase submitted(CaseFacts facts) {
        return new DiagnosisCase(facts, 0, DiagnosisStatus.NEW, null, null, null, null, null, null);
    }

    static DiagnosisCase restore(CaseFacts facts, long version, DiagnosisStatus status, ProblemCategory category,
                                 Priority priority, Remedy proposedRemedy, String handlerId, String handlerName,
                                 String closedReason) {
        return new DiagnosisCase(facts, version, status, category, priority, proposedRemedy, handlerId, handlerName,
                closedReason);
    }

    /**
     * The agent approved the request: classify, assign, and either ask the merchant to verify or decide the remedy.
     * A case past NEW is left alone: it was approved before.
     */
    public Transition approve(Diagnosis diagnosis, Agent handler, RemedyRules remedies, Actor actor) {
        if (status != DiagnosisStatus.NEW) {
            return Transition.skipped("the case is " + status + ", it was approved before or has ended");
        }
        category = diagnosis.category();
        // A deadline may have raised the priority while the request waited for review; diagnosis never lowers it.
        priority = higher(priority, diagnosis.priority());
        proposedRemedy = diagnosis.proposedRemedy();
        handlerId = handler.id();
        handlerName = handler.name();
        status = DiagnosisStatus.DIAGNOSED;
        List<CaseEvent> events = new ArrayList<>();
        events.add(new CaseDiagnosed(caseId(), category, priority, proposedRemedy, diagnosis.note(), actor));
        events.add(new HandlerAssigned(caseId(), handlerId, handlerName, actor));
        if (MERCHANT_VERIFIES.contains(category)) {
            status = DiagnosisStatus.AWAITING_MERCHANT;
            events.add(new MerchantVerificationRequested(caseId(), facts.merchantId(), proposedRemedy, actor));
        } else {
            events.add(decideRemedy(remedies, actor));
        }
        return Transition.applied(events);
    }

    /**
     * The merchant's answer to the verification request. Accepting decides the proposed remedy; rejecting (with a
     * reason) opens a dispute for the platform to arbitrate.
     *
     * @throws CaseStateConflict if the case does not await the merchant
     */
    public List<CaseEvent> respondAsMerchant(MerchantDecision decision, String reason, RemedyRules remedies,
                                             Actor merchant) {
        if (status != DiagnosisStatus.AWAITING_MERCHANT) {
            throw new CaseStateConflict("The case does not await the merchant's response", status);
        }
        return switch (decision) {
            case ACCEPT -> {
                List<CaseEvent> events = List.of(
                        new MerchantResponded(caseId(), MerchantDecision.ACCEPT, reason, false, merchant),
                        decideRemedy(remedies, merchant));
                yield events;
            }
            case REJECT -> {
                if (reason == null || reason.isBlank()) {
                    throw new IllegalArgumentException("A rejection needs a reason");
                }
                status = DiagnosisStatus.IN_DISPUTE;
                yield List.of(new MerchantResponded(caseId(), MerchantDecision.REJECT, reason, false, merchant),
                        new CaseDisputed(caseId(), "The merchant rejected the request: " + reason, merchant));
            }
            case UNKNOWN -> throw new IllegalArgumentException("Not a merchant decision: " + decision);
        };
    }

    /** The merchant stayed silent past the deadline; silence means acceptance (domain §2), if the case still waits. */
    public Transition acceptOnMerchantsBehalf(RemedyRules remedies, Actor system) {
        if (status != DiagnosisStatus.AWAITING_MERCHANT) {
            return Transition.skipped("the case is " + status + ", no longer awaiting the merchant");
        }
        return Transition.applied(List.of(
                new MerchantResponded(caseId(), MerchantDecision.ACCEPT, DEADLINE_ACCEPTANCE_REASON, true, system),
                decideRemedy(remedies, system)));
    }

    /** Raises the priority of an open case; never lowers it. */
    public Transition raisePriority(Priority target, String reason, Actor actor) {
        if (status == DiagnosisStatus.CLOSED) {
            return Transition.skipped("the case is closed");
        }
        if (rank(priority) >= rank(target)) {
            return Transition.skipped("the priority is already " + priority);
        }
        priority = target;
        return Transition.applied(List.of(new PriorityChanged(caseId(), target, reason, actor)));
    }

    /** The case ended elsewhere (withdrawn, not applicable, resolved…): diagnosis stops acting on it. */
    public Transition close(String reason) {
        if (status == DiagnosisStatus.CLOSED) {
            return Transition.skipped("the case is already closed (" + closedReason + ")");
        }
        status = DiagnosisStatus.CLOSED;
        closedReason = reason;
        return Transition.applied(List.of());
    }

    private CaseEvent decideRemedy(RemedyRules remedies, Actor actor) {
        status = DiagnosisStatus.REMEDY_DECIDED;
        return remedies.decide(new RemedyRequest(caseId(), proposedRemedy, facts.requestedAmount(), facts.linePaid(),
                facts.customerId(), facts.merchantId(), facts.orderId(), facts.orderLineId(), facts.serviceNo()), actor);
    }

    private static Priority higher(Priority current, Priority candidate) {
        return rank(current) >= rank(candidate) ? current : candidate;
    }

    /** LOW < NORMAL < HIGH < URGENT; none yet (or a value from a newer writer) ranks lowest. */
    private static int rank(Priority priority) {
        return priority == null || priority == Priority.UNKNOWN ? -1 : priority.ordinal();
    }

    public UUID caseId() {
        return facts.caseId();
    }

    public CaseFacts facts() {
        return facts;
    }

    public long version() {
        return version;
    }

    public DiagnosisStatus status() {
        return status;
    }

    public ProblemCategory category() {
        return category;
    }

    public Priority priority() {
        return priority;
    }

    public Remedy proposedRemedy() {
        return proposedRemedy;
    }

    public String handlerId() {
        return handlerId;
    }

    public String handlerName() {
        return handlerName;
    }

    public String closedReason() {
        return closedReason;
    }

    public boolean isOwnedByMerchant(String merchantId) {
        return merchantId != null && merchantId.equals(facts.merchantId());
    }
}
