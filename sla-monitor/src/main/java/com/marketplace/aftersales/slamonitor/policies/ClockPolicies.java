package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The policies this monitor runs. Adding a policy: write its class and list it in {@link #standard()}. */
public final class ClockPolicies {

    private final List<ClockPolicy> policies;
    private final Map<SlaPolicy, ClockPolicy> byId = new EnumMap<>(SlaPolicy.class);

    ClockPolicies(List<ClockPolicy> policies) {
        this.policies = List.copyOf(policies);
        for (ClockPolicy policy : this.policies) {
            if (policy.id() == SlaPolicy.UNKNOWN || byId.put(policy.id(), policy) != null) {
                throw new IllegalArgumentException("Policy " + policy.id() + " is listed twice or has no id");
            }
        }
    }

    /** Every clock of contracts §4, in the order of its table. */
    public static ClockPolicies standard() {
        return new ClockPolicies(List.of(
                new FirstResponse(),
                new ReviewFeedback(),
                new QualityPlan(),
                new LogisticsSolved(),
                new MerchantResponse(),
                new CustomerShipsReturn(),
                new MerchantConfirmsReceipt(),
                new Inspection(),
                new RefundPaid(),
                new Repair(),
                new Reship(),
                new CompensationPaid(),
                new NegativeReviewFollowUp(),
                new Unresolved(),
                new Complaint()));
    }

    public List<ClockPolicy> all() {
        return policies;
    }

    public Optional<ClockPolicy> byId(SlaPolicy id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Whether the event can change any clock or what the monitor knows of the case: only those are worth reading a
     * case's state for, and only those are remembered for de-duplication.
     */
    public boolean concern(CaseEvent event) {
        if (CaseEnd.endsCase(event) || CaseFacts.learnsFrom(event)) {
            return true;
        }
        for (ClockPolicy policy : policies) {
            if (policy.startsOn(event) || policy.stopsOn(event)) {
                return true;
            }
        }
        return false;
    }
}
