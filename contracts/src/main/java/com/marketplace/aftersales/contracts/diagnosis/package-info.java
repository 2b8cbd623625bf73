/** Events of {@code aftersales.diagnosis.v1}, written only by diagnosis-service. */
package com.marketplace.aftersales.contracts.diagnosis;
