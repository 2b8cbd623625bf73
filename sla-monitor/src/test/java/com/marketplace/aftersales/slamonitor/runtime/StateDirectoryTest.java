package com.marketplace.aftersales.slamonitor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StateDirectoryTest {

    @Test
    void anExplicitDirectoryWins() {
        assertThat(StateDirectory.resolve("/var/lib/sla", "/home/run", "kafka:9092", "/tmp"))
                .isEqualTo(Path.of("/var/lib/sla"));
    }

    @Test
    void aLocalRunKeepsItUnderItsHome() {
        assertThat(StateDirectory.resolve("", "/home/run", "localhost:19092", "/tmp"))
                .isEqualTo(Path.of("/home/run/data/sla-monitor"));
    }

    @Test
    void otherwiseEachClusterGetsItsOwnTemporaryDirectory() {
        Path one = StateDirectory.resolve(null, null, "localhost:19092", "/tmp");
        Path other = StateDirectory.resolve(null, " ", "localhost:29092", "/tmp");

        assertThat(one).isEqualTo(Path.of("/tmp/aftersales-sla-monitor/localhost_19092"));
        assertThat(other).isNotEqualTo(one);
    }
}
