/**
 * Vocabulary shared by every event: who acted, money, and the enumerations of the domain. Every enumeration has an
 * {@code UNKNOWN} default so a reader built before a value was added keeps working (tolerant reader).
 */
package com.marketplace.aftersales.contracts.event;
