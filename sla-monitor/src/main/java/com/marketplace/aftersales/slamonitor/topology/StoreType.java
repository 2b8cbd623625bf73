package com.marketplace.aftersales.slamonitor.topology;

import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

/** Where the stores keep their data; both are backed by a changelog topic and iterate keys in the same byte order. */
public enum StoreType {
    /** Production: RocksDB on local disk, memory bounded by {@link BoundedRocksDbMemory}. */
    ROCKSDB,
    /**
     * The JVM heap. For topology tests only: {@code TopologyTestDriver} commits, and so flushes RocksDB to disk, after
     * every record, which makes a test ten times slower without testing anything of the monitor's.
     */
    IN_MEMORY;

    KeyValueBytesStoreSupplier supplier(String name) {
        return this == ROCKSDB ? Stores.persistentKeyValueStore(name) : Stores.inMemoryKeyValueStore(name);
    }
}
