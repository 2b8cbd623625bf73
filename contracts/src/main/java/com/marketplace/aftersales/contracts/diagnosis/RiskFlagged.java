package com.marketplace.aftersales.contracts.diagnosis;

import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.List;
import java.util.UUID;

/** The case goes to the risk team instead of automatic handling (serial refunds, reused evidence). */
public record RiskFlagged(UUID caseId, List<String> reasons, Actor actor) implements CaseEvent {

    public RiskFlagged {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
