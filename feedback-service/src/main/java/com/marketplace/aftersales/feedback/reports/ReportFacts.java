package com.marketplace.aftersales.feedback.reports;

import static com.marketplace.aftersales.feedback.cases.CaseEventHandlers.on;

import com.marketplace.aftersales.contracts.fulfillment.CaseResolved;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import com.marketplace.aftersales.contracts.intake.CaseSubmitted;
import com.marketplace.aftersales.contracts.sla.SlaClockStopped;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import com.marketplace.aftersales.platform.consumer.NonRetryableRecordException;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The facts of other stages the monthly report counts, each in the consumer's transaction (the inbox applies an
 * event once). Every fact is dated by its event's time, when it happened: a month's figures do not depend on when
 * feedback got round to reading them. Ratings, complaints and closing are feedback's own and are counted where they
 * are decided.
 */
@Configuration(proxyBeanMethods = false)
class ReportFacts {

    @Bean
    CaseEventHandler<CaseSubmitted> openedCasesForTheReport(MonthlyTallies tallies) {
        return on(CaseSubmitted.class, event -> tallies.caseOpened(event.data().caseId(), event.time()));
    }

    @Bean
    CaseEventHandler<CaseResolved> resolvedCasesForTheReport(MonthlyTallies tallies) {
        return on(CaseResolved.class, event -> tallies.caseResolved(event.data().caseId(), event.time()));
    }

    @Bean
    CaseEventHandler<ReturnShipped> returnsForTheReport(MonthlyTallies tallies) {
        return on(ReturnShipped.class, event -> tallies.returnShipped(event.data().caseId(), event.time()));
    }

    @Bean
    CaseEventHandler<RefundRequested> refundRequestsForTheReport(MonthlyTallies tallies) {
        return on(RefundRequested.class, event -> tallies.refundRequested(refundIdOf(event.data().refundId()),
                event.data().caseId(), event.time()));
    }

    @Bean
    CaseEventHandler<RefundIssued> refundPaymentsForTheReport(MonthlyTallies tallies) {
        return on(RefundIssued.class, event -> tallies.refundIssued(refundIdOf(event.data().refundId()),
                event.data().caseId(), event.time()));
    }

    @Bean
    CaseEventHandler<SlaClockStopped> slaClocksForTheReport(MonthlyTallies tallies) {
        return on(SlaClockStopped.class, event -> {
            if (event.data().policy() == null || event.data().outcome() == null) {
                throw new NonRetryableRecordException("SlaClockStopped without policy or outcome");
            }
            return tallies.slaClockStopped(event.data().policy(), event.data().outcome(), event.time());
        });
    }

    /** A refund's two events are paired by its id; without one they can never be, however often retried. */
    private static UUID refundIdOf(UUID refundId) {
        if (refundId == null) {
            throw new NonRetryableRecordException("Refund event without refundId");
        }
        return refundId;
    }
}
