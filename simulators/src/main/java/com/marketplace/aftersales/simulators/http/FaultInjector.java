package com.marketplace.aftersales.simulators.http;

import com.marketplace.aftersales.simulators.SimulatorBehaviour;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Decides, call by call, how a business call misbehaves according to the current {@link SimulatorBehaviour}. */
public final class FaultInjector {

    /** What happens to one call, and how long its answer takes. */
    public enum Kind {
        /** Processed, answered after the normal latency. */
        NONE,
        /** Not processed; 503 after the normal latency. */
        FAIL,
        /** Not processed; 503 only after the hang time. */
        HANG,
        /** Processed, but the answer comes only after the hang time. */
        RECORD_THEN_TIMEOUT
    }

    public record Fault(Kind kind, long delayMillis) {
    }

    private final AtomicReference<SimulatorBehaviour> behaviour = new AtomicReference<>();
    // The countdown lives apart from the immutable behaviour: each failed call consumes one.
    private final AtomicInteger failNextCalls = new AtomicInteger();

    public FaultInjector(SimulatorBehaviour initial) {
        replace(initial);
    }

    public synchronized void replace(SimulatorBehaviour next) {
        behaviour.set(next);
        failNextCalls.set(next.failNextCalls());
    }

    /** The behaviour in force, with {@code failNextCalls} showing how many forced failures remain. */
    public synchronized SimulatorBehaviour current() {
        return behaviour.get().withFailNextCalls(failNextCalls.get());
    }

    public Fault next() {
        SimulatorBehaviour now = behaviour.get();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long latency = now.latencyMillis() + (now.jitterMillis() == 0 ? 0 : random.nextLong(now.jitterMillis() + 1));
        if (failNextCalls.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            return new Fault(Kind.FAIL, latency);
        }
        if (random.nextDouble() < now.failureRate()) {
            return new Fault(Kind.FAIL, latency);
        }
        if (random.nextDouble() < now.hangRate()) {
            return new Fault(Kind.HANG, now.hangMillis());
        }
        if (random.nextDouble() < now.recordThenTimeoutRate()) {
            return new Fault(Kind.RECORD_THEN_TIMEOUT, now.hangMillis());
        }
        return new Fault(Kind.NONE, latency);
    }
}
