package com.marketplace.aftersales.intake.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class EvidenceTypeTest {

    @Test
    void recognisesEachAcceptedFormatByItsSignature() {
        assertThat(EvidenceType.detect(Samples.jpeg(64))).contains(EvidenceType.JPEG);
        assertThat(EvidenceType.detect(Samples.png(64))).contains(EvidenceType.PNG);
        assertThat(EvidenceType.detect(Samples.webp(64))).contains(EvidenceType.WEBP);
        assertThat(EvidenceType.detect(Samples.mp4(64))).contains(EvidenceType.MP4);
    }

    @Test
    void textIsNoneOfThem() {
        assertThat(EvidenceType.detect("This is not a photo at all".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(EvidenceType.detect("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void otherFormatsAndNearMissesAreNoneOfThem() {
        byte[] gif = "GIF89a......".getBytes(StandardCharsets.US_ASCII);
        byte[] wave = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = "%PDF-1.7\n%...".getBytes(StandardCharsets.US_ASCII);
        byte[] halfJpeg = {(byte) 0xFF, (byte) 0xD8, 0x00, 0x00};

        assertThat(EvidenceType.detect(gif)).isEmpty();
        assertThat(EvidenceType.detect(wave)).isEmpty();
        assertThat(EvidenceType.detect(pdf)).isEmpty();
        assertThat(EvidenceType.detect(halfJpeg)).isEmpty();
    }

    @Test
    void aFileShorterThanASignatureIsNotRecognised() {
        assertThat(EvidenceType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(EvidenceType.detect("RIFF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(EvidenceType.detect(new byte[0])).isEmpty();
    }

    @Test
    void declaredTypesAreMatchedIgnoringCaseAndParameters() {
        assertThat(EvidenceType.ofDeclared(MediaType.parseMediaType("IMAGE/JPEG"))).contains(EvidenceType.JPEG);
        assertThat(EvidenceType.ofDeclared(MediaType.parseMediaType("video/mp4; codecs=avc1"))).contains(EvidenceType.MP4);
        assertThat(EvidenceType.ofDeclared(MediaType.parseMediaType("image/gif"))).isEmpty();
        assertThat(EvidenceType.ofDeclared(MediaType.APPLICATION_OCTET_STREAM)).isEmpty();
        assertThat(EvidenceType.ofDeclared(null)).isEmpty();
    }
}
