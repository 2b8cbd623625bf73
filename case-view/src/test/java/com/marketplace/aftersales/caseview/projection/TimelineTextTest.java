package com.marketplace.aftersales.caseview.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.caseview.Events;
import com.marketplace.aftersales.caseview.timeline.TimelineEntry.Audience;
import com.marketplace.aftersales.contracts.diagnosis.MerchantDecision;
import com.marketplace.aftersales.contracts.diagnosis.MerchantResponded;
import com.marketplace.aftersales.contracts.diagnosis.RiskFlagged;
import com.marketplace.aftersales.contracts.event.ActorRole;
import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.event.Money;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRoute;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TimelineTextTest {

    private final Events events = Events.forNewCase("customer-1", "merchant-1", "warehouse-1");

    static Stream<Class<? extends CaseEvent>> projectedTypes() {
        return ProjectionHandlers.PROJECTED_TOPICS.stream().flatMap(topic -> topic.eventTypes().stream());
    }

    @ParameterizedTest
    @MethodSource("projectedTypes")
    void everyEventTypeOfTheLifecycleTopicsHasItsOwnSentence(Class<? extends CaseEvent> type) {
        assertThat(TimelineText.hasSummary(type)).as(type.getSimpleName()).isTrue();
    }

    /** Tolerant reader: a writer may leave fields out; the timeline still gets a sentence and nothing fails. */
    @ParameterizedTest
    @MethodSource("projectedTypes")
    void anEventWithEveryOptionalFieldMissingStillReads(Class<? extends CaseEvent> type) throws Exception {
        CaseEvent bare = withOnlyCaseId(type, UUID.randomUUID());

        String summary = TimelineText.summary(bare);

        assertThat(summary).isNotBlank().doesNotContain("null");
    }

    @Test
    void moneyIsShownWithItsCurrencyAndTwoDecimals() {
        assertThat(TimelineText.summary(events.refundIssued())).isEqualTo("Refund of 129.00 CNY issued");
        assertThat(TimelineText.summary(new RefundIssued(events.caseId(), null, Money.of("80", "CNY"),
                RefundRoute.ORIGINAL, null, null))).isEqualTo("Refund of 80.00 CNY issued");
    }

    @Test
    void theMerchantsAnswerSaysWhetherTheMerchantOrTheDeadlineDecided() {
        assertThat(TimelineText.summary(events.merchantAccepted())).isEqualTo("Merchant accepted the request");
        assertThat(TimelineText.summary(new MerchantResponded(events.caseId(), MerchantDecision.ACCEPT, null, true,
                Events.system("diagnosis-service"))))
                .isEqualTo("Merchant did not respond in time; accepted on their behalf");
        assertThat(TimelineText.summary(new MerchantResponded(events.caseId(), MerchantDecision.REJECT,
                "Item shows wear", false, events.merchant())))
                .isEqualTo("Merchant rejected the request: Item shows wear");
    }

    @Test
    void sentencesNameWhatHappenedInTheCustomersTerms() {
        assertThat(TimelineText.summary(events.submitted()))
                .isEqualTo("Request " + events.serviceNo() + " submitted for a return and refund");
        assertThat(TimelineText.summary(events.reviewed(ReviewDecision.APPROVED))).isEqualTo("Request approved");
        assertThat(TimelineText.summary(new CaseReviewed(events.caseId(), ReviewDecision.NOT_APPLICABLE,
                "OUT_OF_WARRANTY", null, Events.agent("agent-7"))))
                .isEqualTo("Request not accepted for after-sales service (reason: OUT_OF_WARRANTY)");
        assertThat(TimelineText.summary(events.diagnosed())).isEqualTo("Problem diagnosed as quality defect, high priority");
        assertThat(TimelineText.summary(events.handlerAssigned("agent-7", "Li Na"))).isEqualTo("Assigned to Li Na");
        assertThat(TimelineText.summary(events.returnShipped())).isEqualTo("Return shipped with SF, waybill SF1234567890");
        assertThat(TimelineText.summary(events.remedyDecided()))
                .isEqualTo("Remedy decided: return and refund of 129.00 CNY; the item is to be returned first");
        assertThat(TimelineText.summary(events.rated(5))).isEqualTo("Customer rated the service 5 out of 5");
        assertThat(TimelineText.summary(events.message(events.customer(), "hello"))).isEqualTo("Customer sent a message");
        assertThat(TimelineText.summary(events.breached(SlaPolicy.FIRST_RESPONSE, 1,
                Instant.parse("2026-11-22T10:30:00Z"), ActorRole.SUPERVISOR)))
                .isEqualTo("First response deadline missed (level 1); escalated to supervisor");
        assertThat(TimelineText.summary(events.clockStarted(SlaPolicy.MERCHANT_RESPONSE,
                Instant.parse("2026-11-22T10:00:00Z"), Instant.parse("2026-11-26T10:00:00Z"),
                Instant.parse("2026-11-27T10:00:00Z"))))
                .isEqualTo("Merchant response deadline started, due 2026-11-27 10:00 UTC");
    }

    @Test
    void riskAndDeadlineBookkeepingIsForStaffOnly() {
        assertThat(TimelineText.audience(new RiskFlagged(events.caseId(), List.of("serial refunds"),
                Events.system("diagnosis-service")))).isEqualTo(Audience.STAFF);
        assertThat(TimelineText.audience(events.clockStarted(SlaPolicy.FIRST_RESPONSE, Instant.EPOCH, Instant.EPOCH,
                Instant.EPOCH))).isEqualTo(Audience.STAFF);
        assertThat(TimelineText.audience(events.refundIssued())).isEqualTo(Audience.PUBLIC);
        assertThat(TimelineText.audience(events.handlerAssigned("agent-7", "Li Na"))).isEqualTo(Audience.PUBLIC);
    }

    /** The record with every component null (or zero), except the case id. */
    static CaseEvent withOnlyCaseId(Class<? extends CaseEvent> type, UUID caseId) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> t = types[i];
            if (components[i].getName().equals("caseId")) {
                values[i] = caseId;
            } else if (t == int.class) {
                values[i] = 0;
            } else if (t == long.class) {
                values[i] = 0L;
            } else if (t == boolean.class) {
                values[i] = false;
            }
        }
        Constructor<? extends CaseEvent> constructor = type.getDeclaredConstructor(types);
        return constructor.newInstance(values);
    }
}
