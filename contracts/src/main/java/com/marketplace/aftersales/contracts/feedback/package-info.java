/** Events of {@code aftersales.feedback.v1}, written only by feedback-service. */
package com.marketplace.aftersales.contracts.feedback;
