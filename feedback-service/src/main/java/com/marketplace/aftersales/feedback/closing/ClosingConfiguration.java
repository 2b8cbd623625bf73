package com.marketplace.aftersales.feedback.closing;

import com.marketplace.aftersales.feedback.FeedbackProperties;
import com.marketplace.aftersales.feedback.cases.FeedbackCases;
import com.marketplace.aftersales.feedback.metrics.FeedbackMetrics;
import com.marketplace.aftersales.feedback.reports.MonthlyTallies;
import com.marketplace.aftersales.platform.outbox.Outbox;
import com.marketplace.aftersales.platform.support.PeriodicTask;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

@Configuration(proxyBeanMethods = false)
class ClosingConfiguration {

    @Bean
    UnratedCaseCloser unratedCaseCloser(FeedbackCases cases, MonthlyTallies tallies, Outbox outbox,
                                        ReactiveTransactionManager transactions, FeedbackProperties properties,
                                        FeedbackMetrics metrics, Clock clock) {
        return new UnratedCaseCloser(cases, tallies, outbox, TransactionalOperator.create(transactions),
                properties.closing(), metrics, clock);
    }

    /** Every instance runs it; the row locks keep two instances from closing one case twice. */
    @Bean
    PeriodicTask unratedCaseClosing(UnratedCaseCloser closer, FeedbackProperties properties) {
        return new PeriodicTask("unrated-case-closing", properties.closing().checkInterval(),
                properties.closing().checkInterval(), closer);
    }
}
