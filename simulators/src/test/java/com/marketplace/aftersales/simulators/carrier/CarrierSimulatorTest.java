package com.marketplace.aftersales.simulators.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.simulators.MutableClock;
import com.marketplace.aftersales.simulators.SimulatorBehaviour;
import com.marketplace.aftersales.simulators.SimulatorClient;
import com.marketplace.aftersales.simulators.SimulatorClient.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CarrierSimulatorTest {

    private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");
    private static final SimulatorBehaviour PROMPT =
            SimulatorBehaviour.defaults().withLatency(0, 0).withDeliveryAfterMillis(60_000);

    private final MutableClock clock = new MutableClock(START);
    private CarrierSimulator simulator;
    private SimulatorClient client;

    @BeforeEach
    void start() {
        simulator = CarrierSimulator.start(0, PROMPT, clock);
        client = new SimulatorClient(simulator.port());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void aParcelIsPickedUpBeforeItsFirstQueryAndDeliveredDeliveryAfterMillisLater() {
        Answer first = client.get("/tracking/SF/SF1234567890");
        clock.advance(Duration.ofSeconds(59));
        Answer almost = client.get("/tracking/SF/SF1234567890");
        clock.advance(Duration.ofSeconds(1));
        Answer delivered = client.get("/tracking/SF/SF1234567890");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text("carrier")).isEqualTo("SF");
        assertThat(first.text("waybillNo")).isEqualTo("SF1234567890");
        assertThat(statuses(first)).containsExactly("PICKED_UP");
        assertThat(Instant.parse(first.json().get("events").get(0).get("at").asString())).isBefore(START);
        assertThat(statuses(almost)).containsExactly("PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY");
        assertThat(statuses(delivered)).containsExactly("PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");
        JsonNode last = delivered.json().get("events").get(3);
        assertThat(last.get("at").asString()).isEqualTo("2026-11-22T08:01:00Z");
        assertThat(last.get("location").asString()).isNotBlank();
    }

    @Test
    void theSameWaybillHasTheSameJourneyEvenOnAnotherSimulatorInstance() {
        clock.advance(Duration.ofMinutes(5));
        String once = client.get("/tracking/YTO/YT9876543210").body();
        String again = client.get("/tracking/YTO/YT9876543210").body();

        MutableClock otherClock = new MutableClock(START.plus(Duration.ofMinutes(5)));
        try (CarrierSimulator other = CarrierSimulator.start(0, PROMPT, otherClock)) {
            String elsewhere = new SimulatorClient(other.port()).get("/tracking/YTO/YT9876543210").body();
            assertThat(elsewhere).isEqualTo(once);
        }
        assertThat(again).isEqualTo(once);
        assertThat(client.get("/tracking/YTO/YT0000000001").body()).isNotEqualTo(once);
    }

    @Test
    void zeroDeliveryTimeDeliversAtTheFirstQuery() {
        simulator.behave(PROMPT.withDeliveryAfterMillis(0));

        assertThat(statuses(client.get("/tracking/ZTO/ZT0001")))
                .containsExactly("PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");
    }

    @Test
    void unknownWaybillsAreNotFound() {
        assertThat(client.get("/tracking/SF/UNKNOWN-42").status()).isEqualTo(404);
        assertThat(client.get("/tracking/SF/x").status()).isEqualTo(404);
        assertThat(client.get("/tracking/SF/UNKNOWN-42").contentType()).isEqualTo("application/problem+json");
        assertThat(client.get("/tracking/SF").status()).isEqualTo(404);
    }

    @Test
    void failuresAndResetWorkAsOnEverySimulator() {
        client.put("/sim/behaviour", "{\"latencyMillis\": 0, \"failNextCalls\": 1}");
        assertThat(client.get("/tracking/SF/SF1111").status()).isEqualTo(503);
        assertThat(client.get("/tracking/SF/SF1111").status()).isEqualTo(200);
        clock.advance(Duration.ofHours(1));

        client.post("/sim/reset", "");
        client.put("/sim/behaviour", "{\"latencyMillis\": 0}");

        // forgotten: the journey starts again from this query
        assertThat(statuses(client.get("/tracking/SF/SF1111"))).containsExactly("PICKED_UP");
        assertThat(client.get("/health").text("status")).isEqualTo("UP");
        assertThat(client.put("/sim/behaviour", "{\"deliveryAfterMillis\": -1}").status()).isEqualTo(400);
    }

    private static List<String> statuses(Answer answer) {
        List<String> statuses = new ArrayList<>();
        answer.json().get("events").forEach(event -> statuses.add(event.get("status").asString()));
        return statuses;
    }
}
