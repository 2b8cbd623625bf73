package com.marketplace.aftersales.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What was measured: the repository's commit, whether the monitor's sources differed from it, and the monitor jar
 * itself (its checksum and build time), since a jar can be older or newer than the commit.
 */
public record SourceInfo(String commit, String commitDate, boolean slaMonitorSourcesModified,
                         List<String> slaMonitorChanges, String monitorJar, boolean monitorJarFromThisTree,
                         String monitorJarSha256, String monitorJarBuilt) {

    public static SourceInfo read(Path repo, Path monitorJar) {
        String commit = git(repo, "rev-parse", "HEAD").stream().findFirst().orElse("unknown");
        String date = git(repo, "log", "-1", "--format=%cI").stream().findFirst().orElse("unknown");
        List<String> changes = git(repo, "status", "--porcelain", "--", "sla-monitor");
        String built;
        try {
            built = Instant.ofEpochMilli(Files.getLastModifiedTime(monitorJar).toMillis()).toString();
        } catch (IOException e) {
            built = "unknown";
        }
        boolean fromThisTree = monitorJar.toAbsolutePath().normalize()
                .startsWith(repo.resolve("sla-monitor").toAbsolutePath().normalize());
        return new SourceInfo(commit, date, !changes.isEmpty(), changes.stream().map(String::trim).limit(40).toList(),
                monitorJar.toString(), fromThisTree, sha256(monitorJar), built);
    }

    static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                int read;
                while ((read = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, read);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unknown";
        }
    }

    private static List<String> git(Path repo, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return List.of();
            }
            return out.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
