package com.marketplace.aftersales.diagnosis.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a case goes to the risk team instead of automatic handling (domain §2): its customer had more refunds
 * than allowed within the window, or its evidence was already submitted with another case. "More than" is strict: with
 * the default of 5, a customer with 5 refunds in 30 days still has a clean history, the sixth makes it unclean.
 */
public final class RiskRules {

    private final RiskSettings settings;

    public RiskRules(RiskSettings settings) {
        this.settings = settings;
    }

    public RiskAssessment assess(CustomerHistory history) {
        List<String> reasons = new ArrayList<>();
        if (history.refundsInWindow() > settings.maxRefunds()) {
            reasons.add(RiskAssessment.REFUND_FREQUENCY + ": " + history.refundsInWindow()
                    + " refunds decided in the last " + settings.refundWindow().toDays() + " days, more than "
                    + settings.maxRefunds());
        }
        if (settings.flagReusedEvidence() && !history.casesSharingEvidence().isEmpty()) {
            reasons.add(RiskAssessment.EVIDENCE_REUSED + ": evidence already submitted with "
                    + String.join(", ", history.casesSharingEvidence()));
        }
        return new RiskAssessment(reasons);
    }

    public RiskSettings settings() {
        return settings;
    }
}
