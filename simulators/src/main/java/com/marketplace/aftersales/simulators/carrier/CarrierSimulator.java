package com.marketplace.aftersales.simulators.carrier;

import com.marketplace.aftersales.simulators.Simulator;
import com.marketplace.aftersales.simulators.SimulatorBehaviour;
import com.marketplace.aftersales.simulators.http.Request;
import com.marketplace.aftersales.simulators.http.Response;
import com.marketplace.aftersales.simulators.http.Route;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A stand-in for carriers' tracking APIs, for local runs and tests only: {@code GET /tracking/{carrier}/{waybillNo}}
 * answers a journey that is the same for the same waybill ({@link TrackingTimeline}) and reaches {@code DELIVERED}
 * {@code deliveryAfterMillis} after the waybill's first query. A waybill that is not 4-40 letters, digits or dashes,
 * or that starts with {@code UNKNOWN}, does not exist (404), so clients can prove they handle that too.
 */
public final class CarrierSimulator extends Simulator {

    public static final String NAME = "carrier-simulator";
    private static final Pattern CARRIER = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern WAYBILL = Pattern.compile("[A-Za-z0-9-]{4,40}");

    private final Map<String, Instant> firstQueried = new ConcurrentHashMap<>();
    private final Clock clock;

    private CarrierSimulator(int port, SimulatorBehaviour initial, Clock clock) {
        super(initial);
        this.clock = clock;
        listen(NAME, port, firstQueried::clear, List.of(
                Route.business("GET", "/tracking/{carrier}/{waybillNo}", this::track)));
    }

    /** @param port 0 picks a free one */
    public static CarrierSimulator start(int port, SimulatorBehaviour initial) {
        return new CarrierSimulator(port, initial, Clock.systemUTC());
    }

    /** @param clock drives the journeys, so tests can move time instead of waiting */
    public static CarrierSimulator start(int port, SimulatorBehaviour initial, Clock clock) {
        return new CarrierSimulator(port, initial, clock);
    }

    private Response track(Request request) {
        String carrier = request.pathVariable("carrier");
        String waybillNo = request.pathVariable("waybillNo");
        if (!CARRIER.matcher(carrier).matches() || !WAYBILL.matcher(waybillNo).matches()
                || waybillNo.toUpperCase(Locale.ROOT).startsWith("UNKNOWN")) {
            return Response.notFound("Carrier " + carrier + " has no shipment with waybill " + waybillNo);
        }
        Instant now = clock.instant();
        Instant first = firstQueried.computeIfAbsent(carrier + "/" + waybillNo, k -> now);
        Duration deliveryAfter = Duration.ofMillis(faults().current().deliveryAfterMillis());
        return Response.json(200, TrackingTimeline.at(carrier, waybillNo, first, deliveryAfter, now));
    }
}
