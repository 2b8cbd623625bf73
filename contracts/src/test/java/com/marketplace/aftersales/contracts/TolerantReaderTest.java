package com.marketplace.aftersales.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.aftersales.contracts.event.CaseEvent;
import com.marketplace.aftersales.contracts.intake.CaseReviewed;
import com.marketplace.aftersales.contracts.intake.ReviewDecision;
import com.marketplace.aftersales.contracts.event.ActorRole;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class TolerantReaderTest {

    private static final String REVIEWED = """
            {"specversion":"1.0","id":"e-1","type":"aftersales.intake.CaseReviewed","source":"/aftersales/intake-service",
             "time":"2026-11-22T08:30:00Z","subject":"5f0c9a52-3f7e-4d1a-9b53-7c4f1e2d8a01",
             "addedLaterToTheEnvelope":true,
             "data":{"caseId":"5f0c9a52-3f7e-4d1a-9b53-7c4f1e2d8a01","decision":"%s","note":"ok",
                     "addedLaterToTheData":{"nested":[1,2]},
                     "actor":{"id":"agent-7","role":"%s","channel":"STAFF_CONSOLE"}}}
            """;

    @Test
    void fieldsAddedByANewerWriterAreIgnored() {
        CaseReviewed event = (CaseReviewed) decode(REVIEWED.formatted("APPROVED", "AGENT")).data();

        assertThat(event.decision()).isEqualTo(ReviewDecision.APPROVED);
        assertThat(event.note()).isEqualTo("ok");
    }

    @Test
    void enumValuesAddedByANewerWriterReadAsUnknown() {
        CaseReviewed event = (CaseReviewed) decode(REVIEWED.formatted("ESCALATED_TO_LEGAL", "ROBOT")).data();

        assertThat(event.decision()).isEqualTo(ReviewDecision.UNKNOWN);
        assertThat(event.actor().role()).isEqualTo(ActorRole.UNKNOWN);
    }

    @Test
    void anEventTypeAddedByANewerWriterIsSkippedNotFailed() {
        String newer = REVIEWED.formatted("APPROVED", "AGENT")
                .replace("aftersales.intake.CaseReviewed", "aftersales.intake.CaseTranslated");

        assertThat(EventCodec.decode(newer.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(new EventEnvelopeSerde().deserializer().deserialize("t", newer.getBytes(StandardCharsets.UTF_8)))
                .isNull();
    }

    @Test
    void aRecordThatIsNotAnEventIsMalformed() {
        assertThatThrownBy(() -> EventCodec.decode("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.decode("{\"type\":\"aftersales.intake.CaseReviewed\"}".getBytes()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("data");
        assertThatThrownBy(() -> EventCodec.decode(REVIEWED.formatted("APPROVED", "AGENT")
                .replace("\"caseId\":\"5f0c9a52-3f7e-4d1a-9b53-7c4f1e2d8a01\",", "").getBytes()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("caseId");
        assertThatThrownBy(() -> new EventEnvelopeSerde().deserializer().deserialize("t", new byte[] {1, 2}))
                .isInstanceOf(SerializationException.class);
    }

    private static EventEnvelope<CaseEvent> decode(String json) {
        return EventCodec.decode(json.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }
}
