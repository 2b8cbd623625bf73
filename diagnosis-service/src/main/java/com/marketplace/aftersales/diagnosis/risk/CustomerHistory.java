package com.marketplace.aftersales.diagnosis.risk;

import java.util.List;

/**
 * What diagnosis knows about a customer and a case's evidence when it assesses the case.
 *
 * @param refundsInWindow       refunds decided for the customer's other cases within the risk window
 * @param casesSharingEvidence  service numbers of other cases that had a piece of this case's evidence (same SHA-256)
 *                              first; empty when none did
 */
public record CustomerHistory(long refundsInWindow, List<String> casesSharingEvidence) {

    public CustomerHistory {
        casesSharingEvidence = List.copyOf(casesSharingEvidence);
    }

    public static CustomerHistory clean() {
        return new CustomerHistory(0, List.of());
    }
}
