package com.marketplace.aftersales.slamonitor.topology;

import com.marketplace.aftersales.contracts.Component;
import com.marketplace.aftersales.contracts.Topics;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.clocks.SlaMetrics;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams configuration of the monitor, on top of the cluster's client settings (address, security). */
public final class StreamsSettings {

    private StreamsSettings() {
    }

    /**
     * @param clientProperties how to reach the cluster ({@code bootstrap.servers}, TLS, SASL …), e.g. from
     *                         {@code spring.kafka.*}
     */
    public static Properties of(Map<String, Object> clientProperties, SlaProperties.Streams streams,
                                SlaProperties.RocksDb rocksdb, Path stateDir, SlaMetrics metrics) {
        Properties properties = new Properties();
        properties.putAll(clientProperties);
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, streams.applicationId());
        // Transactions tie each published event to the state change that caused it; consumers (this monitor's own
        // included) read read_committed, which exactly_once_v2 sets for Streams' consumers.
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        properties.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, streams.replicationFactor());
        properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streams.threads());
        properties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, MalformedInputHandler.class);
        properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, ProcessingFailureHandler.class);
        properties.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG,
                Topics.deadLetter(Component.SLA_MONITOR).name());
        // Changelog names derive from store names; refuse a future change that would let Streams invent one.
        properties.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        properties.put(MalformedInputHandler.METRICS_CONFIG, metrics);
        properties.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
        properties.put(BoundedRocksDbMemory.BLOCK_CACHE_BYTES_CONFIG, String.valueOf(rocksdb.blockCacheSize().toBytes()));
        properties.put(BoundedRocksDbMemory.WRITE_BUFFER_BYTES_CONFIG,
                String.valueOf(rocksdb.writeBufferSize().toBytes()));
        return properties;
    }
}
