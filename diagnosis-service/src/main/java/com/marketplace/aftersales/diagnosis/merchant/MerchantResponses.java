package com.marketplace.aftersales.diagnosis.merchant;

import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.diagnosis.cases.CaseRepository;
import com.marketplace.aftersales.diagnosis.cases.CaseStateConflict;
import com.marketplace.aftersales.diagnosis.cases.CaseUpdates;
import com.marketplace.aftersales.diagnosis.cases.ConcurrentCaseUpdate;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRules;
import com.marketplace.aftersales.platform.security.Caller;
import com.marketplace.aftersales.platform.web.ApiProblem;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Records a merchant's answer to a verification request, on a case of the merchant's own orders. */
@Service
class MerchantResponses {

    /** A deadline action racing the merchant's answer: read again; the second reading usually settles it. */
    private static final int CONCURRENT_UPDATE_RETRIES = 2;

    private final CaseRepository cases;
    private final CaseUpdates updates;
    private final RemedyRules remedies;

    MerchantResponses(CaseRepository cases, CaseUpdates updates, RemedyRules remedies) {
        this.cases = cases;
        this.updates = updates;
        this.remedies = remedies;
    }

    /** Runs inside the request's transaction (the one that also stores the idempotent response). */
    Mono<Void> respond(UUID caseId, Caller merchant, MerchantAnswer answer, String reason) {
        Actor actor = new Actor(merchant.id(), ActorRole.MERCHANT, Channel.MERCHANT_CONSOLE);
        return Mono.defer(() -> cases.find(caseId))
                // Another merchant's case is indistinguishable from no case at all.
                .filter(diagnosisCase -> diagnosisCase.isOwnedByMerchant(merchant.merchantId()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Case " + caseId)))
                .flatMap(diagnosisCase -> {
                    List<CaseEvent> events;
                    try {
                        events = diagnosisCase.respondAsMerchant(decisionOf(answer), reason, remedies, actor);
                    } catch (CaseStateConflict conflict) {
                        return Mono.error(ApiProblem.conflict("The case does not await the merchant's response;"
                                + " it is " + conflict.currentStatus(), conflict.currentStatus().name()));
                    }
                    return updates.save(diagnosisCase, events);
                })
                .retryWhen(Retry.max(CONCURRENT_UPDATE_RETRIES).filter(ConcurrentCaseUpdate.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    private static MerchantDecision decisionOf(MerchantAnswer answer) {
        return switch (answer) {
            case ACCEPT -> MerchantDecision.ACCEPT;
            case REJECT -> MerchantDecision.REJECT;
        };
    }
}
