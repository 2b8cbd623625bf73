package com.marketplace.aftersales.devstack.up;

import java.io.PrintStream;

/**
 * The runner's console: one line per state change, each stamped with the seconds since the runner started, e.g.
 * {@code [  3.1s] postgres            UP    pid 1234  port 15432}.
 */
public final class Progress {

    private final PrintStream out;
    private final long startNanos = System.nanoTime();

    public Progress(PrintStream out) {
        this.out = out;
    }

    public void up(String component, long pid, int port) {
        state(component, "UP", "pid " + pid + "  port " + port);
    }

    public void state(String component, String state, String detail) {
        line(String.format("%-20s%-6s%s", component, state, detail).stripTrailing());
    }

    public void action(String component, String doing) {
        line(String.format("%-20s%s", component, doing));
    }

    public synchronized void line(String text) {
        out.printf("[%5.1fs] %s%n", (System.nanoTime() - startNanos) / 1e9, text);
        out.flush();
    }

    public synchronized void plain(String text) {
        out.println(text);
        out.flush();
    }
}
