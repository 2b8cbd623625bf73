/**
 * The deadline policies of contracts §4, one class each; the terminal events that end a case's clocks
 * ({@code CaseEnd}); the customer wait that pauses some of them ({@code CustomerWait}); and the few facts of a case a
 * start depends on ({@code CaseFacts}). Typed rules, not a rules engine: a policy is a few lines of Java reviewed like
 * any other code.
 */
package com.marketplace.aftersales.slamonitor.policies;
