package com.marketplace.aftersales.diagnosis.cases;

import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.fulfillment.CaseAbandoned;
import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The events of later stages that end a case for diagnosis. */
@Configuration(proxyBeanMethods = false)
class CaseEndings {

    @Bean
    CaseEventHandler<CaseResolved> caseResolvedHandler(CaseLifecycle lifecycle) {
        return new CaseEndedHandler<>(CaseResolved.class, "RESOLVED", lifecycle);
    }

    @Bean
    CaseEventHandler<CaseAbandoned> caseAbandonedHandler(CaseLifecycle lifecycle) {
        return new CaseEndedHandler<>(CaseAbandoned.class, "ABANDONED", lifecycle);
    }

    @Bean
    CaseEventHandler<CaseClosed> caseClosedHandler(CaseLifecycle lifecycle) {
        return new CaseEndedHandler<>(CaseClosed.class, "CLOSED", lifecycle);
    }
}
