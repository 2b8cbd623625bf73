package com.marketplace.aftersales.intake.evidence;

/** An upload that passed every check: its type as its content shows, the bytes (in blocks) and their SHA-256 (hex). */
record ReceivedFile(EvidenceType type, FileBlocks content, String sha256) {

    long size() {
        return content.size();
    }
}
