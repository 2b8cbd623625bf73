package com.marketplace.aftersales.slamonitor.policies;

import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One deadline policy of contracts §4, as code: which events start and stop its clock, its default limit and what
 * happens when the deadline passes. Limits are configuration; everything else is a rule of the business.
 *
 * <p>The rest of contracts §4 lands here without touching the clock machinery: pausing policies will add
 * {@code pausesOn}/{@code resumesOn}, business-day limits a calendar choice, and {@link #escalationLadder()} already
 * names who hears of each breach level.
 */
public interface ClockPolicy {

    SlaPolicy id();

    /** The limit of domain rules §5, used when configuration does not override it. */
    Duration defaultLimit();

    boolean startsOn(CaseEvent event);

    boolean stopsOn(CaseEvent event);

    /** What the owning service is asked to do when the deadline passes; most policies only escalate. */
    default Optional<DeadlineConsequence> atDeadline() {
        return Optional.empty();
    }

    /** Who a breach escalates to, level 1 first (domain rules: agent → supervisor → operations manager). */
    default List<ActorRole> escalationLadder() {
        return List.of(ActorRole.SUPERVISOR, ActorRole.OPS_MANAGER);
    }

    /** Who is warned when the warning point passes: the handler. */
    default ActorRole warns() {
        return ActorRole.AGENT;
    }

    default ActorRole escalationTarget(int level) {
        List<ActorRole> ladder = escalationLadder();
        return ladder.get(Math.min(level, ladder.size()) - 1);
    }
}
