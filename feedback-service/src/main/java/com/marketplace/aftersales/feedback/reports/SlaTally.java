package com.marketplace.aftersales.feedback.reports;

/**
 * The clocks of one SLA policy that stopped in a month.
 *
 * @param policy   the policy's id as the sla-monitor publishes it, e.g. {@code first-response}
 * @param met      stopped before their deadline
 * @param breached stopped after their deadline
 */
public record SlaTally(String policy, long met, long breached) {
}
