package com.marketplace.aftersales.benchmarks.infra;

import java.io.PrintStream;
import java.util.Locale;

/** One line per step on the console, with the seconds since the run began: {@code [  12.3s] load: ...}. */
public final class Progress {

    private final PrintStream out;
    private final long startedNanos = System.nanoTime();

    public Progress(PrintStream out) {
        this.out = out;
    }

    public void line(String phase, String format, Object... args) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        String message = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        synchronized (out) {
            out.printf(Locale.ROOT, "[%7.1fs] %-9s %s%n", seconds, phase, message);
            out.flush();
        }
    }
}
