package com.marketplace.aftersales.feedback.cases;

import static com.marketplace.aftersales.feedback.cases.CaseEventHandlers.on;

import com.marketplace.aftersales.contracts.fulfillment.CaseAbandoned;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.intake.CaseWithdrawn;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * What feedback learns from the other stages: the owner from intake, the resolution from fulfillment, and the ways a
 * case can end without ever being resolved. Times are the events' own (when it happened), not when they were read.
 */
@Configuration(proxyBeanMethods = false)
class CaseFacts {

    @Bean
    CaseEventHandler<CaseSubmitted> ownerFromIntake(FeedbackCases cases) {
        return on(CaseSubmitted.class, event -> {
            CaseSubmitted submitted = event.data();
            return cases.recordSubmitted(submitted.caseId(), submitted.serviceNo(), submitted.customerId(),
                    submitted.merchantId());
        });
    }

    @Bean
    CaseEventHandler<CaseResolved> resolutionFromFulfillment(FeedbackCases cases) {
        return on(CaseResolved.class, event -> cases.recordResolved(event.data().caseId(), event.time()));
    }

    @Bean
    CaseEventHandler<CaseAbandoned> abandonmentFromFulfillment(FeedbackCases cases) {
        return on(CaseAbandoned.class, event -> cases.recordEnded(event.data().caseId(),
                FeedbackCase.Ending.ABANDONED, event.time()));
    }

    @Bean
    CaseEventHandler<CaseWithdrawn> withdrawalFromIntake(FeedbackCases cases) {
        return on(CaseWithdrawn.class, event -> cases.recordEnded(event.data().caseId(),
                FeedbackCase.Ending.WITHDRAWN, event.time()));
    }

    @Bean
    CaseEventHandler<CaseReviewed> rejectionFromIntake(FeedbackCases cases) {
        return on(CaseReviewed.class, event -> event.data().decision() == ReviewDecision.NOT_APPLICABLE
                ? cases.recordEnded(event.data().caseId(), FeedbackCase.Ending.NOT_APPLICABLE, event.time())
                : Mono.empty());
    }
}
