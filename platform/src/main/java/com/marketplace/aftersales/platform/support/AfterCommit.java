package com.marketplace.aftersales.platform.support;

import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * Runs a side effect (a metric, a push to live subscribers, a wake-up) only once the current reactive transaction has
 * committed, so a change that rolled back and was retried is counted once, and nobody is told of a change that never
 * happened. Outside a transaction it runs at once.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static Mono<Void> run(Runnable task) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .flatMap(transaction -> {
                    if (!transaction.isSynchronizationActive()) {
                        return Mono.fromRunnable(task);
                    }
                    transaction.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public Mono<Void> afterCommit() {
                            return Mono.fromRunnable(task);
                        }
                    });
                    return Mono.empty();
                })
                .onErrorResume(NoTransactionException.class, e -> Mono.fromRunnable(task))
                .then();
    }
}
