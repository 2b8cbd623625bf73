package com.marketplace.aftersales.devstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DemoPngTest {

    @Test
    void theEvidenceIsAPngAnImageDecoderReads() throws Exception {
        byte[] png = DemoPng.render("demo photo 1");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(DemoPng.SIZE);
        assertThat(image.getHeight()).isEqualTo(DemoPng.SIZE);
        assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0x000080);
        assertThat(image.getRGB(DemoPng.SIZE - 1, DemoPng.SIZE - 1) & 0xffffff).isEqualTo(0xffff80);
        assertThat(png.length).isLessThan(1024);
    }

    @Test
    void photosWithOtherCaptionsAreOtherFilesOfTheSameImage() throws Exception {
        byte[] first = DemoPng.render("demo photo 1");
        byte[] second = DemoPng.render("demo photo 2");

        assertThat(first).isNotEqualTo(second);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(second));
        assertThat(image.getRGB(DemoPng.SIZE - 1, DemoPng.SIZE - 1) & 0xffffff).isEqualTo(0xffff80);
    }
}
