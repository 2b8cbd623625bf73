package com.marketplace.aftersales.diagnosis.merchant;

import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.event.Actor;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.Channel;
import com.marketplace.aftersales.diagnosis.remedy.RemedyRules;
import com.marketplace.aftersales.diagnosis.web.CaseCommands;
import com.marketplace.aftersales.platform.security.Caller;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Records a merchant's answer to a verification request, on a case of the merchant's own orders. */
@Service
class MerchantResponses {

    private final CaseCommands commands;
    private final RemedyRules remedies;

    MerchantResponses(CaseCommands commands, RemedyRules remedies) {
        this.commands = commands;
        this.remedies = remedies;
    }

    /** Runs inside the request's transaction (the one that also stores the idempotent response). */
    Mono<Void> respond(UUID caseId, Caller merchant, MerchantAnswer answer, String reason) {
        Actor actor = new Actor(merchant.id(), ActorRole.MERCHANT, Channel.MERCHANT_CONSOLE);
        // Another merchant's case is indistinguishable from no case at all.
        return commands.run(caseId, diagnosisCase -> diagnosisCase.isOwnedByMerchant(merchant.merchantId()),
                        diagnosisCase -> diagnosisCase.respondAsMerchant(decisionOf(answer), reason, remedies, actor))
                .then();
    }

    private static MerchantDecision decisionOf(MerchantAnswer answer) {
        return switch (answer) {
            case ACCEPT -> MerchantDecision.ACCEPT;
            case REJECT -> MerchantDecision.REJECT;
        };
    }
}
