package com.marketplace.aftersales.slamonitor.clocks;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** A {@link TimerStore} over a sorted map, remembering where each range read started. */
final class SortedMapTimerStore implements TimerStore {

    final TreeMap<String, String> entries = new TreeMap<>();
    final List<String> rangeStarts = new ArrayList<>();

    @Override
    public void put(String key, String value) {
        entries.put(key, value);
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
    }

    @Override
    public List<String> keysBetween(String fromInclusive, String toInclusive, int limit) {
        rangeStarts.add(fromInclusive);
        var range = fromInclusive == null ? entries.headMap(toInclusive, true)
                : entries.subMap(fromInclusive, true, toInclusive, true);
        return range.keySet().stream().limit(limit).toList();
    }
}
