package com.marketplace.aftersales.platform.outbox;

import java.util.List;
import java.util.UUID;

/**
 * Points where a test can make the relay fail as a crash would: after rows are read but before they are sent, and
 * after the broker acknowledged them but before they are marked sent. Production uses {@link #NONE}.
 */
public interface RelayFaultInjector {

    RelayFaultInjector NONE = new RelayFaultInjector() {
    };

    default void beforeSend(List<UUID> eventIds) {
    }

    default void afterSendBeforeMark(List<UUID> eventIds) {
    }

    /** Thrown by an injector to stop the relay dead, as a killed process would, leaving the rows unmarked. */
    class SimulatedCrash extends RuntimeException {
        public SimulatedCrash(String where) {
            super("simulated crash " + where);
        }
    }
}
