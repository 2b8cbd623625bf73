package com.marketplace.aftersales.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a run measured, from {@code /proc}, {@code /etc/os-release} and the JVM's system properties. */
public record MachineInfo(String cpuModel, int logicalCpus, int availableProcessors, double memoryGib, String os,
                          String kernel, String jdk, String jvm, String loadAverageAtStart) {

    public static MachineInfo read() {
        List<String> cpuinfo = lines("/proc/cpuinfo");
        String model = cpuinfo.stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        int logical = (int) cpuinfo.stream().filter(l -> l.startsWith("processor")).count();
        double memGib = lines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal:")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0).orElse(Double.NaN);
        String os = lines("/etc/os-release").stream().filter(l -> l.startsWith("PRETTY_NAME=")).findFirst()
                .map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", ""))
                .orElse(System.getProperty("os.name"));
        String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        String jdk = System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version");
        String jvm = System.getProperty("java.vm.name") + " (" + System.getProperty("java.home") + ")";
        String load = lines("/proc/loadavg").stream().findFirst().orElse("unknown");
        return new MachineInfo(model, logical, Runtime.getRuntime().availableProcessors(), memGib, os, kernel, jdk,
                jvm, load);
    }

    static List<String> lines(String path) {
        try {
            return Files.readAllLines(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }
}
