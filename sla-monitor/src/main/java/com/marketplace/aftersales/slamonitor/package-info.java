/**
 * The SLA monitor: a Kafka Streams application that keeps the deadline clocks of every open case and publishes their
 * starts, warnings, breaches, deadline actions and stops on {@code aftersales.sla.v1}. No database: its state lives in
 * two Streams stores backed by changelog topics.
 *
 * <ul>
 *   <li>{@code policies}: the deadline policies of contracts §4 as code (what starts and stops each clock).</li>
 *   <li>{@code clocks}: a case's clocks, the timers, and the stream processor that applies events and fires timers.</li>
 *   <li>{@code topology}: the topology and its Kafka Streams settings, free of Spring.</li>
 *   <li>{@code runtime}: the Spring wiring, the Streams client's lifecycle and its health.</li>
 * </ul>
 */
package com.marketplace.aftersales.slamonitor;
