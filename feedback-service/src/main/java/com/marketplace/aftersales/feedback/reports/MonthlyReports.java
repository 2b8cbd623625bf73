package com.marketplace.aftersales.feedback.reports;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Mono;

/** Reads a month's stored figures and computes the report from them. */
@Service
class MonthlyReports {

    private final MonthlyTallies tallies;
    private final TransactionalOperator snapshot;
    private final Clock clock;

    MonthlyReports(MonthlyTallies tallies, ReactiveTransactionManager transactions, Clock clock) {
        this.tallies = tallies;
        this.clock = clock;
        // the three reads see one moment: a refund counted between them cannot make the figures disagree
        DefaultTransactionDefinition readOnce = new DefaultTransactionDefinition();
        readOnce.setReadOnly(true);
        readOnce.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot = TransactionalOperator.create(transactions, readOnce);
    }

    Mono<MonthlyReport> of(ReportMonth month) {
        // one after another: the statements share the transaction's connection
        return tallies.counts(month)
                .flatMap(counts -> tallies.refundLeadTimes(month)
                        .flatMap(leadTimes -> tallies.slaClocks(month)
                                .map(sla -> MonthlyFigures.of(month, counts, leadTimes, sla, clock.instant()))))
                .as(snapshot::transactional);
    }
}
