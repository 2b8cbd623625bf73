package com.marketplace.aftersales.intake.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Files that start the way real ones do, padded with arbitrary bytes to any size. */
public final class Samples {

    private Samples() {
    }

    public static byte[] jpeg(int size) {
        return withSignature(size, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
    }

    public static byte[] png(int size) {
        return withSignature(size, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    }

    public static byte[] webp(int size) {
        return withSignature(size, "RIFF\u0010\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1));
    }

    public static byte[] mp4(int size) {
        return withSignature(size, "\0\0\0\u0018ftypmp42".getBytes(StandardCharsets.ISO_8859_1));
    }

    public static byte[] text(int size) {
        byte[] text = new byte[size];
        byte[] line = "The earbuds stopped working after two days.\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < size; i++) {
            text[i] = line[i % line.length];
        }
        return text;
    }

    private static byte[] withSignature(int size, byte[] signature) {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        System.arraycopy(signature, 0, data, 0, Math.min(signature.length, size));
        return data;
    }
}
