package com.marketplace.aftersales.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.image.BufferedImage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A real, small PNG image: what a phone would upload, shrunk. Each one is a photo of its own: diagnosis flags a case
 * whose evidence was already submitted with another case (a reused photo is a fraud signal), so customers of
 * different tests must not send the same bytes.
 */
final class Png {

    private static final AtomicInteger TAKEN = new AtomicInteger();

    private Png() {
    }

    /** A photo no other call returns in this test run. */
    static byte[] photo() {
        int taken = TAKEN.incrementAndGet();
        int seed = taken ^ ThreadLocalRandom.current().nextInt();
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, (x * 16 + y) * 0x010101);
            }
        }
        image.setRGB(0, 0, seed & 0xFFFFFF);
        image.setRGB(15, 15, taken & 0xFFFFFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
