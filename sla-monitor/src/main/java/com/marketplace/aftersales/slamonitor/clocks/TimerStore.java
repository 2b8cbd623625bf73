package com.marketplace.aftersales.slamonitor.clocks;

import java.util.List;

/** The sorted key space the timers live in: what {@link DueTimers} needs of a store, and nothing more. */
interface TimerStore {

    void put(String key, String value);

    void delete(String key);

    /**
     * @param fromInclusive null for the start of the store
     * @return up to {@code limit} keys in {@code [fromInclusive, toInclusive]}, in order
     */
    List<String> keysBetween(String fromInclusive, String toInclusive, int limit);
}
