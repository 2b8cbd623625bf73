package com.marketplace.aftersales.diagnosis.assignment;

import com.marketplace.aftersales.contracts.event.ProblemCategory;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Picks the named handler of a case by skill and current load (domain §2, "route by skill and current load"): among
 * the agents whose skills include the case's category, the one with the fewest open cases; on equal load the one
 * listed first in the roster, so the same roster and loads always give the same agent.
 * <p>
 * The roster is checked when the service starts: every category must have at least one agent, so a case can always be
 * assigned and a roster that leaves a category uncovered fails the deployment instead of a case at 3 a.m.
 */
public final class HandlerRoster {

    public static final List<Agent> DEFAULT_AGENTS = List.of(
            new Agent("agent-demo-1", "Demo Agent One", EnumSet.complementOf(EnumSet.of(ProblemCategory.UNKNOWN))),
            new Agent("agent-demo-2", "Demo Agent Two",
                    EnumSet.of(ProblemCategory.QUALITY_DEFECT, ProblemCategory.NOT_AS_DESCRIBED)));

    private final List<Agent> agents;

    public HandlerRoster(List<Agent> agents) {
        this.agents = agents == null || agents.isEmpty() ? DEFAULT_AGENTS : List.copyOf(agents);
        requireUniqueIds(this.agents);
        requireEveryCategoryCovered(this.agents);
    }

    public List<Agent> agents() {
        return agents;
    }

    /**
     * @param openCases open cases currently assigned, by agent id; an agent missing from the map has none
     */
    public Agent choose(ProblemCategory category, Map<String, Long> openCases) {
        Agent chosen = null;
        long lowest = Long.MAX_VALUE;
        for (Agent agent : agents) {
            long load = openCases.getOrDefault(agent.id(), 0L);
            if (agent.handles(category) && load < lowest) {
                chosen = agent;
                lowest = load;
            }
        }
        if (chosen == null) {
            throw new IllegalArgumentException("No agent handles " + category);
        }
        return chosen;
    }

    private static void requireUniqueIds(List<Agent> agents) {
        Set<String> seen = new HashSet<>();
        for (Agent agent : agents) {
            if (!seen.add(agent.id())) {
                throw new IllegalArgumentException("aftersales.diagnosis.agents: agent id '" + agent.id()
                        + "' is listed twice");
            }
        }
    }

    private static void requireEveryCategoryCovered(List<Agent> agents) {
        Set<ProblemCategory> uncovered = Arrays.stream(ProblemCategory.values())
                .filter(category -> category != ProblemCategory.UNKNOWN)
                .filter(category -> agents.stream().noneMatch(agent -> agent.handles(category)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProblemCategory.class)));
        if (!uncovered.isEmpty()) {
            throw new IllegalArgumentException("aftersales.diagnosis.agents: no agent has the skill(s) " + uncovered
                    + "; cases of those categories could not be assigned");
        }
    }
}
