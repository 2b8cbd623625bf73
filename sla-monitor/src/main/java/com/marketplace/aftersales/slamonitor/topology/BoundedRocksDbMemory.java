package com.marketplace.aftersales.slamonitor.topology;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the off-heap memory of every RocksDB store of this process together. By default each store of each task has
 * its own block cache and up to three 16 MB memtables, so memory grows with the number of partitions an instance
 * holds (2 stores × 6 tasks here) and is only bounded by luck. Here all stores share one LRU block cache of
 * {@code aftersales.sla.rocksdb.block-cache-size}, and a write buffer manager charges the memtables to that same cache,
 * up to {@code aftersales.sla.rocksdb.write-buffer-size}, flushing when they would exceed it. Index and filter blocks
 * live in the cache too (pinned at high priority), so they count against the bound instead of outside it.
 *
 * <p>Kafka Streams creates one instance of this class per store; the cache and the write buffer manager are shared
 * through a static map keyed by their sizes, and never closed: they live as long as the process.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

    public static final String BLOCK_CACHE_BYTES_CONFIG = "aftersales.sla.rocksdb.block-cache-bytes";
    public static final String WRITE_BUFFER_BYTES_CONFIG = "aftersales.sla.rocksdb.write-buffer-bytes";

    /** Share of the cache kept for index and filter blocks, so data blocks do not evict them. */
    private static final double INDEX_AND_FILTER_SHARE = 0.1;
    private static final int MEMTABLES_PER_STORE = 2;
    /** Memtables of a store: a fraction of the total, so a few busy stores cannot take it all at once. */
    private static final int MEMTABLE_FRACTION_OF_TOTAL = 4;

    private static final Map<String, Shared> SHARED = new ConcurrentHashMap<>();

    record Shared(Cache cache, WriteBufferManager writeBuffers, long memtableBytes) {
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        long cacheBytes = bytes(configs, BLOCK_CACHE_BYTES_CONFIG);
        long writeBufferBytes = bytes(configs, WRITE_BUFFER_BYTES_CONFIG);
        Shared shared = SHARED.computeIfAbsent(cacheBytes + "/" + writeBufferBytes, key -> {
            LRUCache cache = new LRUCache(cacheBytes, -1, false, INDEX_AND_FILTER_SHARE);
            return new Shared(cache, new WriteBufferManager(writeBufferBytes, cache),
                    Math.max(1, writeBufferBytes / MEMTABLE_FRACTION_OF_TOTAL));
        });
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(shared.cache());
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(shared.writeBuffers());
        options.setWriteBufferSize(shared.memtableBytes());
        options.setMaxWriteBufferNumber(MEMTABLES_PER_STORE);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and write buffer manager are shared by every store: closing them here would break the others.
    }

    private static long bytes(Map<String, Object> configs, String key) {
        Object value = configs.get(key);
        if (value == null) {
            throw new IllegalStateException(key + " is not set: StreamsSettings sets it from aftersales.sla.rocksdb.*");
        }
        return Long.parseLong(value.toString());
    }
}
