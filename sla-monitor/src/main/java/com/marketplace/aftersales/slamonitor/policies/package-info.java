/**
 * The deadline policies of contracts §4, one class each, and the terminal events that end every clock. Typed rules,
 * not a rules engine: a policy is a few lines of Java reviewed like any other code.
 */
package com.marketplace.aftersales.slamonitor.policies;
