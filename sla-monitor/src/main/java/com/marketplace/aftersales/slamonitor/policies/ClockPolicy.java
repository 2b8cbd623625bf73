package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.slamonitor.calendar.CalendarKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One deadline policy of contracts §4, as code: which events start, stop and pause its clock, and what happens at the
 * deadline. Its limit, calendar, warning point and escalation targets have defaults here (domain rules §5) and can be
 * overridden by configuration ({@code aftersales.sla.policies.<id>.*}); the event wiring cannot.
 */
public interface ClockPolicy {

    SlaPolicy id();

    /** The limit of domain rules §5, used when configuration does not override it. */
    Duration defaultLimit();

    /** Whether the limit counts every hour or only working days (domain rules §5 marks the latter "business day"). */
    default CalendarKind defaultCalendar() {
        return CalendarKind.WALL_CLOCK;
    }

    /** The event type (and content) that can start a clock of this policy. */
    boolean startsOn(CaseEvent event);

    /**
     * Whether the case qualifies, given what the monitor knows about it; asked only for events {@link #startsOn} accepts.
     * Most policies take every case.
     */
    default boolean appliesTo(CaseEvent startEvent, CaseFacts facts) {
        return true;
    }

    boolean stopsOn(CaseEvent event);

    /**
     * Separates clocks of one policy running side by side in one case (one per complaint); null when a case has at most
     * one open clock of the policy, and a start while it runs is not a restart.
     */
    default String subjectOf(CaseEvent event) {
        return null;
    }

    /** Whether the clock stands still while the case waits on the customer ({@link CustomerWait}). */
    default boolean pausesWhileCustomerIsAsked() {
        return false;
    }

    /**
     * Whether a terminal event ({@link CaseEnd}) stops this clock and keeps it from starting. False for the policies that
     * watch what happens after a case has ended: the follow-up of a negative review and complaints.
     */
    default boolean endsWithCase() {
        return true;
    }

    /** What the owning service is asked to do when the deadline passes; most policies only escalate. */
    default Optional<DeadlineConsequence> atDeadline() {
        return Optional.empty();
    }

    /** Who hears of each breach level, level 1 first (domain rules: supervisor, then operations manager). */
    default List<ActorRole> defaultEscalation() {
        return List.of(ActorRole.SUPERVISOR, ActorRole.OPS_MANAGER);
    }

    /** Who is warned when the warning point passes: the handler. */
    default ActorRole defaultWarns() {
        return ActorRole.AGENT;
    }
}
