package com.marketplace.aftersales.fulfillment.replacements;

import com.marketplace.aftersales.contracts.fulfillment.ReplacementKind;
import java.time.Instant;
import java.util.UUID;

/** A replacement shipment a tracker holds the lease on, as it was when claimed. */
record TrackedShipment(UUID caseId, ReplacementKind kind, String carrier, String waybillNo, Instant shippedAt) {
}
