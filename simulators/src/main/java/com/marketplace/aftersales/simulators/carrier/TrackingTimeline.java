package com.marketplace.aftersales.simulators.carrier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The journey of one parcel, computed rather than stored: the places come from a hash of carrier and waybill, the
 * times from the parcel's first query. Picked up a little before that first query (the customer just handed it in),
 * then in transit, out for delivery, and delivered {@code deliveryAfter} after the first query. Only events that
 * have happened by {@code now} are shown.
 */
final class TrackingTimeline {

    private static final List<String> CITIES = List.of(
            "Shanghai", "Hangzhou", "Suzhou", "Shenzhen", "Guangzhou", "Beijing", "Chengdu", "Wuhan", "Nanjing",
            "Xi'an");

    private TrackingTimeline() {
    }

    static Tracking at(String carrier, String waybillNo, Instant firstQueried, Duration deliveryAfter, Instant now) {
        long hash = hash(carrier + "/" + waybillNo);
        String origin = city(hash);
        String hub = city(hash >>> 16);
        String destination = city(hash >>> 32);
        Instant pickedUp = firstQueried.minus(Duration.ofMinutes(5 + Math.floorMod(hash >>> 48, 55)));
        Duration step = deliveryAfter.dividedBy(3);
        List<TrackingEvent> journey = List.of(
                new TrackingEvent(pickedUp, TrackingStatus.PICKED_UP, origin),
                new TrackingEvent(firstQueried.plus(step), TrackingStatus.IN_TRANSIT, hub + " sorting centre"),
                new TrackingEvent(firstQueried.plus(step.multipliedBy(2)), TrackingStatus.OUT_FOR_DELIVERY,
                        destination),
                new TrackingEvent(firstQueried.plus(deliveryAfter), TrackingStatus.DELIVERED, destination));
        List<TrackingEvent> happened = new ArrayList<>();
        for (TrackingEvent event : journey) {
            if (!event.at().isAfter(now)) {
                happened.add(event);
            }
        }
        return new Tracking(carrier, waybillNo, happened);
    }

    private static String city(long bits) {
        return CITIES.get((int) Math.floorMod(bits, (long) CITIES.size()));
    }

    private static long hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
