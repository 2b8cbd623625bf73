package com.marketplace.aftersales.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopicCatalogueTest {

    @Test
    void topicNamesAreUnique() {
        Set<String> names = new HashSet<>();
        for (TopicSpec topic : Topics.all()) {
            assertThat(names.add(topic.name())).as("duplicate topic %s", topic.name()).isTrue();
        }
    }

    @Test
    void everyEventTypeTravelsOnExactlyOneTopicAndThatTopicHasOneWriter() {
        Set<Class<? extends CaseEvent>> seen = new HashSet<>();
        for (TopicSpec topic : Topics.all()) {
            for (Class<? extends CaseEvent> type : topic.eventTypes()) {
                assertThat(seen.add(type)).as("%s is on two topics", type.getSimpleName()).isTrue();
                assertThat(EventTypes.of(type).topic().writer()).isEqualTo(topic.writer());
            }
        }
        assertThat(EventTypes.all()).hasSize(seen.size());
    }

    @Test
    void eachComponentWritesOnlyItsOwnStageAndItsOwnDeadLetters() {
        assertThat(names(Topics.writtenBy(Component.INTAKE_SERVICE)))
                .containsExactlyInAnyOrder("aftersales.intake.v1", "aftersales.intake-service.dlt");
        assertThat(names(Topics.writtenBy(Component.DIAGNOSIS_SERVICE)))
                .containsExactlyInAnyOrder("aftersales.diagnosis.v1", "aftersales.diagnosis-service.dlt");
        assertThat(names(Topics.writtenBy(Component.FULFILLMENT_SERVICE)))
                .containsExactlyInAnyOrder("aftersales.fulfillment.v1", "aftersales.fulfillment-service.dlt");
        assertThat(names(Topics.writtenBy(Component.FEEDBACK_SERVICE)))
                .containsExactlyInAnyOrder("aftersales.feedback.v1", "aftersales.feedback-service.dlt");
        assertThat(names(Topics.writtenBy(Component.SLA_MONITOR)))
                .containsExactlyInAnyOrder("aftersales.sla.v1", "aftersales.sla-monitor.dlt");
        assertThat(names(Topics.writtenBy(Component.CASE_VIEW)))
                .containsExactlyInAnyOrder("aftersales.notifications.v1", "aftersales.case-view.dlt");
        assertThat(names(Topics.writtenBy(Component.ORDERS_TEAM))).containsExactly("commerce.orders.v1");
        assertThat(Topics.writtenBy(Component.GATEWAY)).isEmpty();
    }

    @Test
    void lifecycleTopicsShareOnePartitionCountSoTheyCanBeJoinedByCaseId() {
        assertThat(Topics.lifecycle()).extracting(TopicSpec::partitions).containsOnly(Topics.LIFECYCLE_PARTITIONS);
        assertThat(names(Topics.lifecycle())).containsExactly("aftersales.intake.v1", "aftersales.diagnosis.v1",
                "aftersales.fulfillment.v1", "aftersales.feedback.v1", "aftersales.sla.v1",
                "aftersales.notifications.v1");
    }

    @Test
    void everyConsumingServiceHasItsOwnDeadLetterTopic() {
        for (Component service : Topics.CONSUMING_SERVICES) {
            TopicSpec dlt = Topics.deadLetter(service);
            assertThat(dlt.name()).isEqualTo("aftersales." + service.serviceName() + ".dlt");
            assertThat(dlt.writer()).isEqualTo(service);
            assertThat(dlt.kind()).isEqualTo(TopicSpec.Kind.DEAD_LETTER);
        }
        assertThatThrownBy(() -> Topics.deadLetter(Component.GATEWAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventTypeNamesFollowTheStageOfTheirTopic() {
        assertThat(EventTypes.byName("aftersales.intake.CaseSubmitted")).isPresent();
        assertThat(EventTypes.byName("aftersales.sla.SlaDeadlineAction").orElseThrow().topic()).isEqualTo(Topics.SLA);
        assertThat(EventTypes.byName("CaseSubmitted")).isEmpty();
    }

    private static Set<String> names(java.util.Collection<TopicSpec> topics) {
        return topics.stream().map(TopicSpec::name).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
