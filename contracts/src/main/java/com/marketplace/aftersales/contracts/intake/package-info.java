/** Events of {@code aftersales.intake.v1}, written only by intake-service. */
package com.marketplace.aftersales.contracts.intake;
