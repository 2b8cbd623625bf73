package com.marketplace.aftersales.gateway.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagConditionTest {

    @Test
    void aTagMatchesOnlyTheSameStrongTag() {
        EntityTagCondition condition = EntityTagCondition.parse(List.of("\"7\""));

        assertThat(condition.matches("\"7\"")).isTrue();
        assertThat(condition.matches("\"8\"")).isFalse();
        assertThat(condition.matches("W/\"7\"")).as("a weak current tag never matches If-Match").isFalse();
        assertThat(condition.matches(null)).isFalse();
        assertThat(condition.onlyTag()).isEqualTo("\"7\"");
    }

    @Test
    void aListMatchesAnyOfItsStrongTagsAndWeakOnesAreIgnored() {
        EntityTagCondition condition = EntityTagCondition.parse(List.of("\"3\", W/\"7\"", "\"5\""));

        assertThat(condition.matches("\"5\"")).isTrue();
        assertThat(condition.matches("\"3\"")).isTrue();
        assertThat(condition.matches("\"7\"")).as("W/\"7\" is weak: strong comparison fails").isFalse();
        assertThat(condition.onlyTag()).isNull();
    }

    @Test
    void aStarMatchesWhateverTheCaseIs() {
        EntityTagCondition condition = EntityTagCondition.parse(List.of("*"));

        assertThat(condition.matches("\"12\"")).isTrue();
        assertThat(condition.onlyTag()).isNull();
    }

    @Test
    void aHeaderThatIsNoTagListIsRefused() {
        assertThatThrownBy(() -> EntityTagCondition.parse(List.of("7"))).hasMessageContaining("quoted");
        assertThatThrownBy(() -> EntityTagCondition.parse(List.of("\"7"))).hasMessageContaining("closing quote");
        assertThatThrownBy(() -> EntityTagCondition.parse(List.of(" , "))).hasMessageContaining("empty");
        assertThatThrownBy(() -> EntityTagCondition.parse(List.of("*, \"7\""))).hasMessageContaining("*");
    }
}
