package com.marketplace.aftersales.slamonitor.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * The time a deadline policy counts: how far an amount of it reaches from an instant, and how much of it passes between
 * two instants. The wall clock counts everything; a {@link BusinessCalendar} only working days.
 */
public interface PolicyCalendar {

    /** Counts every instant: {@code plus} is plain addition. */
    PolicyCalendar WALL_CLOCK = new PolicyCalendar() {
        @Override
        public Instant plus(Instant from, Duration amount) {
            return amount.isNegative() ? from : from.plus(amount);
        }

        @Override
        public Duration between(Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }

        @Override
        public String toString() {
            return "wall clock";
        }
    };

    /** The first instant at which {@code amount} of this calendar's time has passed since {@code from}. */
    Instant plus(Instant from, Duration amount);

    /** This calendar's time between the two instants; zero if {@code to} is not after {@code from}. */
    Duration between(Instant from, Instant to);
}
