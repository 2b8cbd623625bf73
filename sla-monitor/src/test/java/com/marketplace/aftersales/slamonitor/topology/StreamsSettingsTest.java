package com.marketplace.aftersales.slamonitor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.aftersales.contracts.sla.SlaPolicy;
import com.marketplace.aftersales.slamonitor.SlaProperties;
import com.marketplace.aftersales.slamonitor.clocks.SlaMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The client settings production runs with. */
class StreamsSettingsTest {

    @Test
    void exactlyOnceBoundedRocksDbAndHandlersThatSkipAndParkABadRecord() {
        Properties settings = StreamsSettings.of(Map.of("bootstrap.servers", "kafka:9092"),
                SlaProperties.defaults().streams(),
                new SlaProperties.RocksDb(DataSize.ofMegabytes(128), DataSize.ofMegabytes(32)), Path.of("/tmp/sla"),
                new SlaMetrics(new SimpleMeterRegistry(), List.of(SlaPolicy.FIRST_RESPONSE)));

        assertThat(settings)
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class)
                .containsEntry(BoundedRocksDbMemory.BLOCK_CACHE_BYTES_CONFIG, String.valueOf(128L * 1024 * 1024))
                .containsEntry(BoundedRocksDbMemory.WRITE_BUFFER_BYTES_CONFIG, String.valueOf(32L * 1024 * 1024))
                .containsEntry(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, ProcessingFailureHandler.class)
                .containsEntry(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                        MalformedInputHandler.class)
                .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "aftersales.sla-monitor.dlt");
    }
}
