package com.marketplace.aftersales.slamonitor.runtime;

import java.nio.file.Path;

/**
 * Where RocksDB keeps the stores. Local state is only a cache of the changelog topics of one cluster, so without an
 * explicit directory it goes under {@code $AFTERSALES_HOME} (one local run, one cluster) or, failing that, a temp
 * directory named after the cluster: two runs against different brokers on one machine never share state.
 */
final class StateDirectory {

    private StateDirectory() {
    }

    static Path resolve(String configured, String aftersalesHome, String bootstrapServers, String tmpDir) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        if (aftersalesHome != null && !aftersalesHome.isBlank()) {
            return Path.of(aftersalesHome, "data", "sla-monitor");
        }
        String cluster = bootstrapServers == null ? "default" : bootstrapServers.replaceAll("[^A-Za-z0-9.-]", "_");
        return Path.of(tmpDir, "aftersales-sla-monitor", cluster.length() > 100 ? cluster.substring(0, 100) : cluster);
    }
}
