/** Events of {@code aftersales.sla.v1}, written only by the sla-monitor. */
package com.marketplace.aftersales.contracts.sla;
