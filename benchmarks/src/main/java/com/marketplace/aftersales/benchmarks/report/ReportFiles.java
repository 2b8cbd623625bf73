package com.marketplace.aftersales.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a report as {@code <name>.md} (for people, checked in) and {@code <name>.json} (for tools), atomically. */
public final class ReportFiles {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path markdown;
    private final Path json;

    public ReportFiles(Path dir, String baseName) {
        this.markdown = dir.resolve(baseName + ".md");
        this.json = dir.resolve(baseName + ".json");
    }

    /** {@code sla-2026-11-22} for a full run, {@code sla-2026-11-22-quick} for a smoke run. */
    public static String baseName(String benchmark, LocalDate date, boolean quick) {
        return benchmark + "-" + date + (quick ? "-quick" : "");
    }

    public synchronized void write(SlaReport report) {
        SlaReport.Snapshot snapshot = report.snapshot();
        writeAtomically(json, JSON.writeValueAsString(snapshot) + System.lineSeparator());
        writeAtomically(markdown, MarkdownReport.render(snapshot, json.getFileName().toString()));
    }

    public Path markdown() {
        return markdown;
    }

    public Path json() {
        return json;
    }

    private static void writeAtomically(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
