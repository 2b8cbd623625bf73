package com.marketplace.aftersales.intake.cases;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.ServiceType;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.contracts.intake.EvidenceAdded;
import com.marketplace.aftersales.contracts.intake.EvidenceRef;
import com.marketplace.aftersales.contracts.intake.InfoProvided;
import com.marketplace.aftersales.contracts.intake.MessagePosted;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An after-sales request as intake decides about it. Immutable: every decision returns a {@link CaseChange} with the
 * new state and the events it caused, or throws {@link CaseActionRefused} when the state does not allow it.
 *
 * @param goodsOrMoneyMovedBy the first later-stage event after which goods or money had moved (a return shipped, a
 *                            refund requested …); from then on the customer can no longer withdraw. Null until then.
 * @param version             optimistic-locking version of the stored row
 */
public record AfterSalesCase(
        UUID id,
        String serviceNo,
        String customerId,
        String merchantId,
        String orderId,
        String orderLineId,
        ServiceType serviceType,
        Channel channel,
        IntakeStatus status,
        String goodsOrMoneyMovedBy,
        long version) {

    public AfterSalesCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(channel, "channel");
    }

    /**
     * Registers a request. The requested amount, if any, must be in the order's currency and at most what was paid for
     * the line: nobody can be refunded more than they paid.
     */
    static CaseChange submit(NewCase request) {
        Money requested = request.requestedAmount();
        Money paid = request.linePaid();
        if (requested != null) {
            if (!requested.currency().equals(paid.currency())) {
                throw new SubmissionRefused("requestedAmount.currency",
                        "must be the order's currency, " + paid.currency(), "amount_currency");
            }
            if (requested.amount().signum() <= 0) {
                throw new SubmissionRefused("requestedAmount.amount", "must be positive", "amount_not_positive");
            }
            if (requested.isGreaterThan(paid)) {
                throw new SubmissionRefused("requestedAmount.amount",
                        "must not exceed what was paid for the line, " + paid.amount().toPlainString(),
                        "amount_above_paid");
            }
        }
        AfterSalesCase created = new AfterSalesCase(request.caseId(), request.serviceNo(), request.customerId(),
                request.merchantId(), request.orderId(), request.orderLineId(), request.serviceType(),
                request.channel(), IntakeStatus.SUBMITTED, null, 0);
        CaseSubmitted submitted = new CaseSubmitted(request.caseId(), request.serviceNo(), request.customerId(),
                request.merchantId(), request.orderId(), request.orderLineId(), request.sku(), request.productTitle(),
                request.productCategory(), request.serviceType(), request.description(), requested, paid,
                request.paymentMethod(), request.deliveredAt(), List.of(),
                new Actor(request.customerId(), ActorRole.CUSTOMER, request.channel()));
        return new CaseChange(null, created, List.of(submitted));
    }

    public boolean isOwnedBy(String callerId) {
        return customerId.equals(callerId);
    }

    /** An agent's review. Only a submitted case (new, or answered after a request for information) is reviewed. */
    public CaseChange review(ReviewDecision decision, String reasonCode, String note, Actor reviewer) {
        IntakeStatus next = switch (decision) {
            case APPROVED -> IntakeStatus.APPROVED;
            case NEEDS_MORE_INFO -> IntakeStatus.NEEDS_MORE_INFO;
            case NOT_APPLICABLE -> IntakeStatus.NOT_APPLICABLE;
            case UNKNOWN -> throw new IllegalArgumentException("A review needs a decision");
        };
        if (next != IntakeStatus.APPROVED && (reasonCode == null || reasonCode.isBlank())) {
            throw new IllegalArgumentException(decision + " needs a reason code");
        }
        if (status != IntakeStatus.SUBMITTED) {
            throw refused("Only a SUBMITTED case can be reviewed; this one is " + status);
        }
        return change(withStatus(next), new CaseReviewed(id, decision, reasonCode, note, reviewer));
    }

    /**
     * Diagnosis approved the request by rule (an instant refund), with no agent step: it counts as approved, so no
     * agent reviews it afterwards. A case already decided keeps its decision.
     */
    public CaseChange approvedByRule() {
        if (status != IntakeStatus.SUBMITTED && status != IntakeStatus.NEEDS_MORE_INFO) {
            return CaseChange.none(this);
        }
        return new CaseChange(this, withStatus(IntakeStatus.APPROVED), List.of());
    }

    /** The customer's answer to {@code NEEDS_MORE_INFO}; the case goes back to review. */
    public CaseChange provideInfo(String text, Actor customer) {
        if (status != IntakeStatus.NEEDS_MORE_INFO) {
            throw refused("Information is only taken when the case needs more; this one is " + status);
        }
        return change(withStatus(IntakeStatus.SUBMITTED), new InfoProvided(id, text, customer));
    }

    /** Evidence can be added while the case is open, at any stage: a photo of a damaged return, say. */
    public boolean acceptsEvidence() {
        return !status.isTerminal();
    }

    public CaseChange addEvidence(EvidenceRef evidence, Actor customer) {
        if (!acceptsEvidence()) {
            throw refused("Evidence cannot be added to a case that is " + status);
        }
        return change(this, new EvidenceAdded(id, evidence, customer));
    }

    /**
     * A message in the case's conversation. Allowed until the case is closed or withdrawn; a rejected
     * ({@code NOT_APPLICABLE}) case still takes messages, so the customer can ask why.
     */
    public CaseChange postMessage(UUID messageId, String text, Actor author) {
        if (status == IntakeStatus.CLOSED || status == IntakeStatus.WITHDRAWN) {
            throw refused("The conversation of a " + status + " case is closed");
        }
        return change(this, new MessagePosted(id, messageId, text, author));
    }

    /**
     * Whether a withdrawal has to be put to fulfillment: whenever the case is still open and intake has not heard that
     * goods or money moved. A remedy may be executing already — after an agent's approval, and even before one, as
     * diagnosis approves small refunds by rule ({@code InstantRefundApproved}) and decides their remedy at once — and
     * only fulfillment knows whether anything moved by now: intake hearing of it later (its events) is too late to be
     * the guard. A case intake knows has ended or moved is refused without asking.
     */
    public boolean withdrawalNeedsFulfillment() {
        return !status.isTerminal() && goodsOrMoneyMovedBy == null;
    }

    /**
     * The customer withdraws the request: possible while it is open and until goods or money have moved.
     *
     * @param fulfillmentAgreed fulfillment confirmed (and recorded) that nothing moved and nothing will; without it
     *                          an open case is not withdrawn (see {@link #withdrawalNeedsFulfillment()})
     */
    public CaseChange withdraw(String reason, Actor customer, boolean fulfillmentAgreed) {
        if (status.isTerminal()) {
            throw refused("A " + status + " case cannot be withdrawn");
        }
        if (goodsOrMoneyMovedBy != null) {
            throw new CaseActionRefused("The case can no longer be withdrawn: goods or money have moved ("
                    + goodsOrMoneyMovedBy + ")", status, goodsOrMoneyMovedBy);
        }
        if (!fulfillmentAgreed) {
            throw refused("A withdrawal needs fulfillment's confirmation that nothing has moved; try again");
        }
        return change(withStatus(IntakeStatus.WITHDRAWN), new CaseWithdrawn(id, reason, customer));
    }

    /** A later stage moved goods or money ({@code eventType} says how). The first such event is kept. */
    public CaseChange goodsOrMoneyMoved(String eventType) {
        if (goodsOrMoneyMovedBy != null) {
            return CaseChange.none(this);
        }
        return new CaseChange(this, new AfterSalesCase(id, serviceNo, customerId, merchantId, orderId, orderLineId,
                serviceType, channel, status, eventType, version), List.of());
    }

    /** The case ended downstream (closed or abandoned): it no longer holds its order line. */
    public CaseChange ended() {
        if (status == IntakeStatus.CLOSED || status == IntakeStatus.WITHDRAWN) {
            return CaseChange.none(this);
        }
        return new CaseChange(this, withStatus(IntakeStatus.CLOSED), List.of());
    }

    private AfterSalesCase withStatus(IntakeStatus next) {
        return new AfterSalesCase(id, serviceNo, customerId, merchantId, orderId, orderLineId, serviceType, channel,
                next, goodsOrMoneyMovedBy, version);
    }

    private CaseChange change(AfterSalesCase after, CaseEvent event) {
        return new CaseChange(this, after, List.of(event));
    }

    private CaseActionRefused refused(String detail) {
        return new CaseActionRefused(detail, status, null);
    }
}
