package com.marketplace.aftersales.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class EventRoundTripTest {

    static Stream<CaseEvent> samples() {
        return SampleEvents.all().stream();
    }

    @Test
    void thereIsASampleOfEveryEventTypeOfTheCatalogue() {
        List<Class<?>> sampled = SampleEvents.all().stream().<Class<?>>map(Object::getClass).toList();
        assertThat(sampled).doesNotHaveDuplicates();
        assertThat(EventTypes.all()).allSatisfy(type -> assertThat(sampled).contains(type.javaType()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void anEventReadsBackEqualToWhatWasWritten(CaseEvent event) {
        EventEnvelope<CaseEvent> written = SampleEvents.envelope(event);

        EventEnvelope<CaseEvent> read = EventCodec.decode(EventCodec.encode(written)).orElseThrow();

        assertThat(read).isEqualTo(written);
        assertThat(read.topic()).isEqualTo(EventTypes.of(event).topic());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theBodyIsAStructuredCloudEventWhoseSubjectIsTheCase(CaseEvent event) {
        JsonNode body = EventCodec.mapper().readTree(EventCodec.encode(SampleEvents.envelope(event)));

        assertThat(body.get("specversion").asString()).isEqualTo("1.0");
        assertThat(body.get("type").asString()).isEqualTo(EventTypes.of(event).name());
        assertThat(body.get("source").asString()).startsWith("/aftersales/");
        assertThat(body.get("subject").asString()).isEqualTo(event.caseId().toString());
        assertThat(body.get("time").asString()).isEqualTo("2026-11-22T08:30:00Z");
        assertThat(body.get("data").get("caseId").asString()).isEqualTo(event.caseId().toString());
    }

    @Test
    void moneyTravelsAsADecimalStringThatKeepsItsScale() {
        String json = new String(EventCodec.encode(SampleEvents.envelope(SampleEvents.all().get(0))),
                StandardCharsets.UTF_8);

        assertThat(json).contains("\"linePaid\":{\"amount\":\"129.00\",\"currency\":\"CNY\"}");
    }
}
