package com.marketplace.aftersales.contracts.intake;

import java.util.UUID;

/** A piece of evidence as other services see it: what it is and its content hash, never the bytes. */
public record EvidenceRef(UUID evidenceId, String contentType, long size, String sha256) {
}
