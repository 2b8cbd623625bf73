package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.diagnosis.CaseDiagnosed;
import com.marketplace.aftersales.contracts.diagnosis.CaseDisputed;
import com.marketplace.aftersales.contracts.diagnosis.CompensationApproved;
import com.marketplace.aftersales.contracts.diagnosis.DisputeDecided;
import com.marketplace.aftersales.contracts.diagnosis.HandlerAssigned;
import com.marketplace.aftersales.contracts.diagnosis.InstantRefundApproved;
import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.diagnosis.MerchantVerificationRequested;
import com.marketplace.aftersales.contracts.diagnosis.PriorityChanged;
import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.diagnosis.RiskCleared;
import com.marketplace.aftersales.contracts.diagnosis.RiskFlagged;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Priority;
import com.marketplace.aftersales.contracts.event.ProblemCategory;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.diagnosis.Actors;
import com.marketplace.aftersales.diagnosis.assignment.Agent;
import com.marketplace.aftersales.diagnosis.remedy.CompensationRules;
import com.marketplace.aftersales.diagnosis.remedy.DisputeRules;
import com.marketplace.aftersales.diagnosis.remedy.InstantRefundRules;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRequest;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRules;
import com.marketplace.aftersales.diagnosis.risk.RiskAssessment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Diagnosis' view of one after-sales case: the facts intake submitted and what diagnosis decided. Each decision checks
 * the stage, moves the case on and returns the events it caused; the caller saves the case and appends those events
 * in one transaction. The stages are {@link DiagnosisStatus}.
 * <p>
 * Between approval and the remedy stand gates, checked in this order every time something changes
 * ({@link #proceed}): the risk team (a flagged case waits for it), the merchant (quality and not-as-described claims
 * wait for the merchant's acceptance or the platform's arbitration), and, for compensation, an approved amount (an
 * agent approves up to a limit, a supervisor above it). When every gate is open the remedy is decided.
 */
public final class DiagnosisCase {

    /** Quality and not-as-described claims go to the merchant to verify (domain §2); other categories do not. */
    static final Set<ProblemCategory> MERCHANT_VERIFIES = EnumSet.of(ProblemCategory.QUALITY_DEFECT,
            ProblemCategory.NOT_AS_DESCRIBED);

    static final String DEADLINE_ACCEPTANCE_REASON = "no response within the deadline";
    public static final String RISK_BLOCKED = "RISK_BLOCKED";
    public static final String DISPUTE_DECIDED_FOR_MERCHANT = "DISPUTE_DECIDED_FOR_MERCHANT";

    private final CaseFacts facts;
    private final long version;
    private DiagnosisStatus status;
    private ProblemCategory category;
    private Priority priority;
    private Remedy proposedRemedy;
    private String handlerId;
    private String handlerName;
    private String closedReason;
    private RiskState risk;
    private List<String> riskReasons;
    private MerchantVerification verification;
    private Money proposedAmount;
    private Actor compensationApprover;
    private Money decidedRefund;

    private DiagnosisCase(CaseFacts facts, long version, State state) {
        this.facts = Objects.requireNonNull(facts);
        this.version = version;
        this.status = Objects.requireNonNull(state.status());
        this.category = state.category();
        this.priority = state.priority();
        this.proposedRemedy = state.proposedRemedy();
        this.handlerId = state.handlerId();
        this.handlerName = state.handlerName();
        this.closedReason = state.closedReason();
        this.risk = state.risk();
        this.riskReasons = state.riskReasons();
        this.verification = state.verification();
        this.proposedAmount = state.proposedAmount();
        this.compensationApprover = state.compensationApprover();
        this.decidedRefund = state.decidedRefund();
    }

    /** A request intake registered; nothing decided yet. */
    public static DiagnosisCase submitted(CaseFacts facts) {
        return new DiagnosisCase(facts, 0, State.initial());
    }

    static DiagnosisCase restore(CaseFacts facts, long version, State state) {
        return new DiagnosisCase(facts, version, state);
    }

    /**
     * The agent approved the request: classify, assign, then either flag it to the risk team or go on to the merchant
     * or the remedy. A case past NEW is left alone: it was approved before (or refunded at once).
     */
    public Transition approve(Diagnosis diagnosis, Agent handler, RiskAssessment assessment, RemedyRules remedies,
                              Actor actor) {
        if (status != DiagnosisStatus.NEW) {
            return Transition.skipped("the case is " + status + ", it was approved before or has ended");
        }
        List<CaseEvent> events = diagnose(diagnosis, handler, actor);
        if (!assessment.isClean()) {
            risk = RiskState.FLAGGED;
            riskReasons = assessment.reasons();
            events.add(new RiskFlagged(caseId(), riskReasons, actor));
        }
        events.addAll(proceed(remedies, actor));
        return Transition.applied(events);
    }

    /**
     * A small refund from a customer with a clean history is approved with no agent or merchant step (domain §2,
     * 秒退): the case is diagnosed, assigned and its refund decided at once. Anything else is left for the agent's
     * review: another service type, an amount at or above the threshold, or a history that is not clean.
     */
    public Transition refundInstantly(Diagnosis diagnosis, Agent handler, InstantRefundRules instantRefunds,
                                      RiskAssessment assessment, RemedyRules remedies, Actor actor) {
        if (status != DiagnosisStatus.NEW) {
            return Transition.skipped("the case is " + status + ", it was approved before or has ended");
        }
        Optional<Money> amount = instantRefunds.amountFor(facts.serviceType(), facts.requestedAmount(),
                facts.linePaid());
        if (amount.isEmpty()) {
            return Transition.skipped("not a refund below the instant-refund threshold");
        }
        if (!assessment.isClean()) {
            return Transition.skipped("the customer's history is not clean: " + String.join("; ",
                    assessment.reasons()));
        }
        List<CaseEvent> events = new ArrayList<>();
        events.add(new InstantRefundApproved(caseId(), amount.get(), actor));
        events.addAll(diagnose(diagnosis, handler, actor));
        events.add(decideRemedy(remedies, actor));
        return Transition.applied(events);
    }

    /** The risk team cleared a flagged case: automatic handling resumes where it stopped. */
    public List<CaseEvent> clearRisk(String note, RemedyRules remedies, Actor riskOfficer) {
        requireStatus(DiagnosisStatus.RISK_REVIEW, "The case is not awaiting a risk decision");
        risk = RiskState.CLEARED;
        List<CaseEvent> events = new ArrayList<>();
        events.add(new RiskCleared(caseId(), note, riskOfficer));
        // What follows is the normal, automatic diagnosis, not the risk officer's doing.
        events.addAll(proceed(remedies, Actors.SYSTEM));
        return events;
    }

    /**
     * The risk team blocked a flagged case: diagnosis decides nothing more for it. There is no event for this in the
     * contracts (the {@code RiskFlagged} published earlier stands); the decision is kept in diagnosis' decision log.
     */
    public List<CaseEvent> blockRisk() {
        requireStatus(DiagnosisStatus.RISK_REVIEW, "The case is not awaiting a risk decision");
        risk = RiskState.BLOCKED;
        status = DiagnosisStatus.CLOSED;
        closedReason = RISK_BLOCKED;
        return List.of();
    }

    /**
     * An agent's own classification and remedy, while the remedy is still open
     * ({@link DiagnosisStatus#allowsOverride}).
     * The override always publishes {@code CaseDiagnosed}; the remedy follows only if every gate is open: a case under
     * risk review still waits for the risk team, a disputed one for arbitration, a quality claim for its merchant (an
     * override to a category the merchant does not verify withdraws the request), compensation above the agent's limit
     * for a supervisor.
     *
     * @throws CaseStateConflict if the remedy was decided, the case was not approved yet or has ended
     * @throws com.marketplace.aftersales.diagnosis.remedy.AmountRefused if an amount breaks the rules
     */
    public List<CaseEvent> override(StaffDiagnosis override, RemedyRules remedies, CompensationRules compensation,
                                    Actor staff) {
        if (!status.allowsOverride()) {
            throw new CaseStateConflict("The remedy is no longer open to an override", status);
        }
        Money amount = null;
        if (override.remedy() == Remedy.PARTIAL_REFUND) {
            amount = CompensationRules.checkWithinLinePaid("refundAmount", override.refundAmount(), facts.linePaid());
        } else if (override.remedy() == Remedy.COMPENSATION) {
            amount = compensation.checkCompensation("compensation", override.compensation(), facts.linePaid());
        }
        category = override.category();
        proposedRemedy = override.remedy();
        proposeAmount(amount, compensation, staff);
        List<CaseEvent> events = new ArrayList<>();
        events.add(new CaseDiagnosed(caseId(), category, priority, proposedRemedy, overrideNote(override, staff),
                staff));
        events.addAll(proceed(remedies, staff));
        return events;
    }

    /**
     * A supervisor's answer to compensation above the agent's limit. Approval decides the remedy; a refusal takes the
     * compensation off the table and gives the case back to its handler, who decides another remedy or a smaller
     * amount (the override). A refusal has no event in the contracts; it is kept in the decision log.
     */
    public List<CaseEvent> decideCompensation(boolean approve, RemedyRules remedies, Actor supervisor) {
        requireStatus(DiagnosisStatus.AWAITING_SUPERVISOR, "No compensation awaits a supervisor's approval");
        if (supervisor.role() != ActorRole.SUPERVISOR) {
            throw new IllegalArgumentException("Only a supervisor approves compensation above the agent's limit");
        }
        if (!approve) {
            proposedAmount = null;
            compensationApprover = null;
            status = DiagnosisStatus.AWAITING_AGENT;
            return List.of();
        }
        compensationApprover = supervisor;
        return proceed(remedies, supervisor);
    }

    /**
     * The merchant's answer to the verification request. Accepting opens the merchant's gate (the remedy follows if
     * nothing else waits); rejecting (with a reason) opens a dispute for the platform to arbitrate.
     *
     * @throws CaseStateConflict if the case does not await the merchant
     */
    public List<CaseEvent> respondAsMerchant(MerchantDecision decision, String reason, RemedyRules remedies,
                                             Actor merchant) {
        requireStatus(DiagnosisStatus.AWAITING_MERCHANT, "The case does not await the merchant's response");
        return switch (decision) {
            case ACCEPT -> {
                verification = MerchantVerification.ACCEPTED;
                List<CaseEvent> events = new ArrayList<>();
                events.add(new MerchantResponded(caseId(), MerchantDecision.ACCEPT, reason, false, merchant));
                events.addAll(proceed(remedies, merchant));
                yield events;
            }
            case REJECT -> {
                if (reason == null || reason.isBlank()) {
                    throw new IllegalArgumentException("A rejection needs a reason");
                }
                verification = MerchantVerification.REJECTED;
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
        verification = MerchantVerification.ACCEPTED;
        List<CaseEvent> events = new ArrayList<>();
        events.add(new MerchantResponded(caseId(), MerchantDecision.ACCEPT, DEADLINE_ACCEPTANCE_REASON, true, system));
        events.addAll(proceed(remedies, system));
        return Transition.applied(events);
    }

    /**
     * The platform's arbitration of a disputed case. For the customer: the proposed remedy follows, or, with an
     * advance payout, the platform pays that amount as compensation (bounded by the line paid, approved like any
     * compensation). Split: a partial refund. For the merchant: the request is refused and the case ends for
     * diagnosis, with {@code DisputeDecided(MERCHANT)} as the closing event.
     *
     * @throws CaseStateConflict if the case is not in dispute
     * @throws com.marketplace.aftersales.diagnosis.remedy.AmountRefused if an amount breaks the rules
     */
    public List<CaseEvent> decideDispute(Arbitration arbitration, RemedyRules remedies, CompensationRules compensation,
                                         DisputeRules disputes, Actor staff) {
        requireStatus(DiagnosisStatus.IN_DISPUTE, "The case is not in dispute");
        List<CaseEvent> events = new ArrayList<>();
        switch (arbitration.outcome()) {
            case CUSTOMER -> {
                if (arbitration.advancePayout() != null) {
                    Money payout = CompensationRules.checkWithinLinePaid("advancePayout",
                            arbitration.advancePayout(), facts.linePaid());
                    proposedRemedy = Remedy.COMPENSATION;
                    proposeAmount(payout, compensation, staff);
                }
                verification = MerchantVerification.ARBITRATED;
                events.add(new DisputeDecided(caseId(), arbitration.outcome(), arbitration.advancePayout(),
                        arbitration.note(), staff));
                events.addAll(proceed(remedies, staff));
            }
            case SPLIT -> {
                Money refund = disputes.splitRefund("refundAmount", arbitration.splitRefund(),
                        facts.requestedAmount(), facts.linePaid());
                proposedRemedy = Remedy.PARTIAL_REFUND;
                proposedAmount = refund;
                compensationApprover = null;
                verification = MerchantVerification.ARBITRATED;
                events.add(new DisputeDecided(caseId(), arbitration.outcome(), null, arbitration.note(), staff));
                events.addAll(proceed(remedies, staff));
            }
            case MERCHANT -> {
                status = DiagnosisStatus.CLOSED;
                closedReason = DISPUTE_DECIDED_FOR_MERCHANT;
                events.add(new DisputeDecided(caseId(), arbitration.outcome(), null, arbitration.note(), staff));
            }
            case UNKNOWN -> throw new IllegalArgumentException("Not a dispute outcome: " + arbitration.outcome());
        }
        return events;
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

    private List<CaseEvent> diagnose(Diagnosis diagnosis, Agent handler, Actor actor) {
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
        return events;
    }

    /**
     * Moves the case as far as its gates allow: to the risk team, the merchant, the dispute, the approval of
     * compensation, or the decided remedy.
     */
    private List<CaseEvent> proceed(RemedyRules remedies, Actor actor) {
        if (risk == RiskState.FLAGGED) {
            status = DiagnosisStatus.RISK_REVIEW;
            return List.of();
        }
        if (verification == MerchantVerification.REJECTED) {
            status = DiagnosisStatus.IN_DISPUTE;
            return List.of();
        }
        if (MERCHANT_VERIFIES.contains(category) && (verification == MerchantVerification.NONE
                || verification == MerchantVerification.REQUESTED)) {
            status = DiagnosisStatus.AWAITING_MERCHANT;
            if (verification == MerchantVerification.NONE) {
                verification = MerchantVerification.REQUESTED;
                return List.of(new MerchantVerificationRequested(caseId(), facts.merchantId(), proposedRemedy, actor));
            }
            return List.of();
        }
        if (proposedRemedy == Remedy.COMPENSATION) {
            if (proposedAmount == null) {
                status = DiagnosisStatus.AWAITING_AGENT;
                return List.of();
            }
            if (compensationApprover == null) {
                status = DiagnosisStatus.AWAITING_SUPERVISOR;
                return List.of();
            }
            return List.of(new CompensationApproved(caseId(), proposedAmount, compensationApprover.role().name(),
                    compensationApprover), decideRemedy(remedies, actor));
        }
        return List.of(decideRemedy(remedies, actor));
    }

    /** A person proposes an amount; compensation they may approve themselves is approved with the proposal. */
    private void proposeAmount(Money amount, CompensationRules compensation, Actor staff) {
        proposedAmount = amount;
        boolean approves = proposedRemedy == Remedy.COMPENSATION && (staff.role() == ActorRole.SUPERVISOR
                || (staff.role() == ActorRole.AGENT && compensation.agentMayApprove(amount)));
        compensationApprover = approves ? staff : null;
    }

    private RemedyDecided decideRemedy(RemedyRules remedies, Actor actor) {
        status = DiagnosisStatus.REMEDY_DECIDED;
        Money amount = proposedRemedy == Remedy.PARTIAL_REFUND || proposedRemedy == Remedy.COMPENSATION
                ? proposedAmount : null;
        RemedyDecided decided = remedies.decide(new RemedyRequest(caseId(), proposedRemedy, facts.requestedAmount(),
                facts.linePaid(), amount, facts.customerId(), facts.merchantId(), facts.orderId(),
                facts.orderLineId(), facts.serviceNo()), actor);
        decidedRefund = decided.refundAmount();
        return decided;
    }

    private void requireStatus(DiagnosisStatus required, String message) {
        if (status != required) {
            throw new CaseStateConflict(message, status);
        }
    }

    private static String overrideNote(StaffDiagnosis override, Actor staff) {
        String who = "Overridden by " + staff.role().name().toLowerCase(Locale.ROOT) + " " + staff.id();
        return override.note() == null || override.note().isBlank() ? who : who + ": " + override.note();
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

    public RiskState risk() {
        return risk;
    }

    public List<String> riskReasons() {
        return riskReasons;
    }

    public MerchantVerification verification() {
        return verification;
    }

    /** The amount proposed for a partial refund or compensation, or null. */
    public Money proposedAmount() {
        return proposedAmount;
    }

    /** Who approved the proposed compensation, or null while nobody has. */
    public Actor compensationApprover() {
        return compensationApprover;
    }

    /** The refund of the decided remedy, or null: what counts towards the customer's refund history. */
    public Money decidedRefund() {
        return decidedRefund;
    }

    public boolean isOwnedByMerchant(String merchantId) {
        return merchantId != null && merchantId.equals(facts.merchantId());
    }

    State state() {
        return new State(status, category, priority, proposedRemedy, handlerId, handlerName, closedReason, risk,
                riskReasons, verification, proposedAmount, compensationApprover, decidedRefund);
    }

    /** Everything diagnosis decided about a case, as stored. */
    record State(DiagnosisStatus status, ProblemCategory category, Priority priority, Remedy proposedRemedy,
                 String handlerId, String handlerName, String closedReason, RiskState risk, List<String> riskReasons,
                 MerchantVerification verification, Money proposedAmount, Actor compensationApprover,
                 Money decidedRefund) {

        State {
            risk = risk == null ? RiskState.NONE : risk;
            riskReasons = riskReasons == null ? List.of() : List.copyOf(riskReasons);
            verification = verification == null ? MerchantVerification.NONE : verification;
        }

        static State initial() {
            return new State(DiagnosisStatus.NEW, null, null, null, null, null, null, RiskState.NONE, List.of(),
                    MerchantVerification.NONE, null, null, null);
        }
    }
}
