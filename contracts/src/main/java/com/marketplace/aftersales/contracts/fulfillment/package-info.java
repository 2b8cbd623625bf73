/** Events of {@code aftersales.fulfillment.v1}, written only by fulfillment-service. */
package com.marketplace.aftersales.contracts.fulfillment;
