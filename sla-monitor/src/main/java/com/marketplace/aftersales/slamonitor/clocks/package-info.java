/**
 * The clocks of a case ({@code CaseClocks}, stored as JSON in {@code case-clocks}), their timers (sorted by due time
 * in {@code timers}), and {@code ClockProcessor}, which applies lifecycle events and fires due timers inside the
 * stream task's transaction.
 */
package com.marketplace.aftersales.slamonitor.clocks;
