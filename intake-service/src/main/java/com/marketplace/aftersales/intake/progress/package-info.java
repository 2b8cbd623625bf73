/**
 * What intake learns from later stages: that diagnosis approved a case by rule (an instant refund: nothing left to
 * review), that goods or money moved (so the customer can no longer withdraw) and that a case ended (so its order line
 * may take a new request). Consumed from {@code aftersales.diagnosis.v1}, {@code aftersales.fulfillment.v1} and
 * {@code aftersales.feedback.v1} through the platform's inbox, once per event.
 */
package com.marketplace.aftersales.intake.progress;
