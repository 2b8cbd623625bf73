package com.marketplace.aftersales.slamonitor.clocks;

/** The names of the two stores (and so of their changelog topics, {@code <application id>-<name>-changelog}). */
public record ClockStores(String caseClocks, String timers) {

    public static final ClockStores STANDARD = new ClockStores("case-clocks", "timers");
}
