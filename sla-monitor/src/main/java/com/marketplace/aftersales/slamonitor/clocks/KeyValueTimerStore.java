package com.marketplace.aftersales.slamonitor.clocks;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The {@code timers} Kafka Streams store (RocksDB, byte-ordered keys) as a {@link TimerStore}. */
final class KeyValueTimerStore implements TimerStore {

    private final KeyValueStore<String, String> store;

    KeyValueTimerStore(KeyValueStore<String, String> store) {
        this.store = store;
    }

    @Override
    public void put(String key, String value) {
        store.put(key, value);
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }

    @Override
    public List<String> keysBetween(String fromInclusive, String toInclusive, int limit) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, String> range = store.range(fromInclusive, toInclusive)) {
            while (range.hasNext() && keys.size() < limit) {
                keys.add(range.next().key);
            }
        }
        return keys;
    }
}
