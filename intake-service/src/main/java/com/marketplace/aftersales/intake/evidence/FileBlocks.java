package com.marketplace.aftersales.intake.evidence;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;

/**
 * A received file's bytes, in blocks of {@link #BLOCK_SIZE} filled in the order they arrived (the last one partly).
 * This is the one copy of an upload intake holds, bounded by the type's size limit: it is never assembled into a
 * second, whole-file array, and it is stored block by block ({@code case_evidence_block}), so no statement carries
 * more than one block either. Downloads read the blocks back one at a time.
 */
final class FileBlocks {

    /**
     * Small enough that a download holds little even when the HTTP writer asks ahead for many buffers (Reactor Netty
     * asks for up to 128: at most 8 MiB per download, whatever the file's size), large enough that a 50 MB video is
     * a few hundred rows.
     */
    static final int BLOCK_SIZE = 64 * 1024;

    private final List<byte[]> blocks = new ArrayList<>();
    /** Bytes used in the last block; a full block means the next byte starts a new one. */
    private int lastBlockFill = BLOCK_SIZE;
    private long size;

    /** Copies the buffer's readable bytes (consuming them) after the bytes already received. */
    void append(DataBuffer content) {
        int remaining = content.readableByteCount();
        while (remaining > 0) {
            if (lastBlockFill == BLOCK_SIZE) {
                blocks.add(new byte[BLOCK_SIZE]);
                lastBlockFill = 0;
            }
            int length = Math.min(remaining, BLOCK_SIZE - lastBlockFill);
            content.read(blocks.get(blocks.size() - 1), lastBlockFill, length);
            lastBlockFill += length;
            remaining -= length;
            size += length;
        }
    }

    long size() {
        return size;
    }

    int count() {
        return blocks.size();
    }

    /** Block {@code index} as a read-only view (no copy), exactly as long as its bytes. */
    ByteBuffer block(int index) {
        int length = index == blocks.size() - 1 ? lastBlockFill : BLOCK_SIZE;
        return ByteBuffer.wrap(blocks.get(index), 0, length).asReadOnlyBuffer();
    }
}
