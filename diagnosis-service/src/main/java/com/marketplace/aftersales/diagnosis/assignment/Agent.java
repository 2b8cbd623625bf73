package com.marketplace.aftersales.diagnosis.assignment;

import com.marketplace.aftersales.contracts.event.ProblemCategory;
import java.util.Set;

/**
 * A customer-service agent of the roster ({@code aftersales.diagnosis.agents[n]}).
 *
 * @param skills the problem categories the agent handles
 */
public record Agent(String id, String name, Set<ProblemCategory> skills) {

    public Agent {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("aftersales.diagnosis.agents: every agent needs an id");
        }
        name = name == null || name.isBlank() ? id : name;
        skills = skills == null ? Set.of() : Set.copyOf(skills);
    }

    public boolean handles(ProblemCategory category) {
        return skills.contains(category);
    }
}
