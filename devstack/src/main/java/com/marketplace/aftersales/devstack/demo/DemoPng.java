package com.marketplace.aftersales.devstack.demo;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * A small, real PNG (RFC 2083): 16 × 16 pixels, 8-bit RGB, a gradient. Intake checks evidence by its content, so the
 * demo uploads an image a decoder accepts; written by hand so the runner needs no imaging library (nor AWT).
 * <p>
 * Each demo's photo carries a caption of its own (a {@code tEXt} chunk): diagnosis sends a case whose photo was
 * already submitted with another case to risk review, so a second demo with the same bytes would stop there.
 */
final class DemoPng {

    static final int SIZE = 16;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private DemoPng() {
    }

    static byte[] render(String caption) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13)
                .putInt(SIZE).putInt(SIZE)
                .put((byte) 8) // bit depth
                .put((byte) 2) // colour type: RGB
                .put((byte) 0).put((byte) 0).put((byte) 0) // deflate, adaptive filtering, no interlace
                .array());
        chunk(png, "tEXt", ("Comment\0" + caption).getBytes(StandardCharsets.ISO_8859_1));
        chunk(png, "IDAT", compressedScanlines());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static byte[] compressedScanlines() {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(compressed)) {
            for (int y = 0; y < SIZE; y++) {
                zlib.write(0); // filter type: none
                for (int x = 0; x < SIZE; x++) {
                    zlib.write(x * 255 / (SIZE - 1));
                    zlib.write(y * 255 / (SIZE - 1));
                    zlib.write(0x80);
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Writing to memory does not fail", e);
        }
        return compressed.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
