package com.marketplace.aftersales.diagnosis.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.event.ProblemCategory;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HandlerRosterTest {

    private static final Set<ProblemCategory> ALL = EnumSet.complementOf(EnumSet.of(ProblemCategory.UNKNOWN));

    private final HandlerRoster roster = new HandlerRoster(List.of(
            new Agent("generalist", "Gen", ALL),
            new Agent("quality-a", "Qa", Set.of(ProblemCategory.QUALITY_DEFECT)),
            new Agent("quality-b", "Qb", Set.of(ProblemCategory.QUALITY_DEFECT, ProblemCategory.NOT_AS_DESCRIBED))));

    @Test
    void onlyAgentsWithTheSkillAreChosen() {
        Map<String, Long> generalistBusy = Map.of("generalist", 50L);

        assertThat(roster.choose(ProblemCategory.LOGISTICS, generalistBusy).id()).isEqualTo("generalist");
        assertThat(roster.choose(ProblemCategory.NOT_AS_DESCRIBED, generalistBusy).id()).isEqualTo("quality-b");
    }

    @Test
    void theLeastLoadedSkilledAgentIsChosen() {
        Map<String, Long> loads = Map.of("generalist", 4L, "quality-a", 3L, "quality-b", 2L);

        assertThat(roster.choose(ProblemCategory.QUALITY_DEFECT, loads).id()).isEqualTo("quality-b");
    }

    @Test
    void anAgentWithoutOpenCasesHasNoLoad() {
        assertThat(roster.choose(ProblemCategory.QUALITY_DEFECT, Map.of("generalist", 1L, "quality-b", 1L)).id())
                .isEqualTo("quality-a");
    }

    @Test
    void equalLoadsGoToTheAgentListedFirst() {
        assertThat(roster.choose(ProblemCategory.QUALITY_DEFECT, Map.of()).id()).isEqualTo("generalist");
        assertThat(roster.choose(ProblemCategory.QUALITY_DEFECT,
                Map.of("generalist", 2L, "quality-a", 1L, "quality-b", 1L)).id()).isEqualTo("quality-a");
    }

    @Test
    void theDefaultRosterCoversEveryCategory() {
        HandlerRoster defaults = new HandlerRoster(null);

        assertThat(defaults.agents()).extracting(Agent::id).containsExactly("agent-demo-1", "agent-demo-2");
        assertThat(defaults.choose(ProblemCategory.CHANGED_MIND, Map.of("agent-demo-1", 9L)).id())
                .isEqualTo("agent-demo-1");
        assertThat(defaults.choose(ProblemCategory.QUALITY_DEFECT, Map.of("agent-demo-1", 9L)).id())
                .isEqualTo("agent-demo-2");
    }

    @Test
    void aRosterLeavingACategoryUncoveredIsRefusedAtStart() {
        assertThatThrownBy(() -> new HandlerRoster(List.of(
                new Agent("quality", null, Set.of(ProblemCategory.QUALITY_DEFECT)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LOGISTICS");
    }

    @Test
    void duplicateAgentIdsAreRefused() {
        assertThatThrownBy(() -> new HandlerRoster(List.of(new Agent("a", "A", ALL), new Agent("a", "B", ALL))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a'");
    }
}
