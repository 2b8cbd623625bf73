package com.marketplace.aftersales.diagnosis.remedy;

import com.marketplace.aftersales.contracts.diagnosis.RemedyDecided;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.event.Remedy;
import com.marketplace.aftersales.contracts.event.ServiceType;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The remedy rules: which remedy a request proposes, and the plan fulfillment executes once it is decided
 * ({@link RemedyDecided} is self-contained, fulfillment never calls back).
 */
public final class RemedyRules {

    /** Remedies where the goods come back before anything is paid or shipped. */
    static final Set<Remedy> RETURN_GOODS = EnumSet.of(Remedy.RETURN_REFUND, Remedy.EXCHANGE, Remedy.REPAIR);
    /** Remedies that refund the customer. */
    static final Set<Remedy> REFUNDS = EnumSet.of(Remedy.RETURN_REFUND, Remedy.REFUND_ONLY);

    private final ReturnWarehouses warehouses;

    public RemedyRules(ReturnWarehouses warehouses) {
        this.warehouses = warehouses;
    }

    /** The customer asked for a service; the remedy proposed is that service. */
    public static Remedy proposedFor(ServiceType serviceType) {
        return switch (serviceType) {
            case RETURN_REFUND -> Remedy.RETURN_REFUND;
            case REFUND_ONLY -> Remedy.REFUND_ONLY;
            case EXCHANGE -> Remedy.EXCHANGE;
            case REPAIR -> Remedy.REPAIR;
            case COMPENSATION -> Remedy.COMPENSATION;
            case UNKNOWN -> throw new IllegalArgumentException("No remedy for an unknown service type");
        };
    }

    /**
     * The plan of a decided remedy. Refunds (with or without return) pay what the customer asked for within the line
     * paid; a partial refund pays the amount decided in arbitration or by an agent; compensation pays the approved
     * amount (the caller checked the cap and the approval). Nothing else carries money.
     *
     * @throws IllegalArgumentException if a partial refund or compensation comes without its decided amount
     */
    public RemedyDecided decide(RemedyRequest request, Actor actor) {
        Remedy remedy = request.remedy();
        boolean returnRequired = RETURN_GOODS.contains(remedy);
        Money refund = REFUNDS.contains(remedy) ? refundAmount(request.requestedAmount(), request.linePaid())
                : remedy == Remedy.PARTIAL_REFUND ? required(request.decidedAmount(), remedy) : null;
        Money compensation = remedy == Remedy.COMPENSATION ? required(request.decidedAmount(), remedy) : null;
        String warehouse = returnRequired ? warehouses.forMerchant(request.merchantId()) : null;
        return new RemedyDecided(request.caseId(), remedy, refund, compensation, request.linePaid(), returnRequired,
                warehouse, request.customerId(), request.merchantId(), request.orderId(), request.orderLineId(),
                request.serviceNo(), actor);
    }

    /**
     * What the customer asked for, if they named a positive amount in the line's currency, else what they paid for
     * the line; never more than they paid (the database of fulfillment enforces the same ceiling).
     */
    public static Money refundAmount(Money requested, Money linePaid) {
        boolean usable = requested != null
                && requested.currency().equals(linePaid.currency())
                && requested.amount().compareTo(BigDecimal.ZERO) > 0;
        if (!usable || requested.isGreaterThan(linePaid)) {
            return linePaid;
        }
        return requested;
    }

    private static Money required(Money amount, Remedy remedy) {
        if (amount == null) {
            throw new IllegalArgumentException(remedy + " needs a decided amount");
        }
        return amount;
    }
}
