package com.marketplace.aftersales.intake.evidence;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.MediaType;

/**
 * The kinds of evidence intake takes, each recognised by the signature its format puts at the start of the file. The
 * declared type of an upload is only a claim; the bytes decide.
 */
enum EvidenceType {
    JPEG("image/jpeg", Kind.IMAGE),
    PNG("image/png", Kind.IMAGE),
    WEBP("image/webp", Kind.IMAGE),
    MP4("video/mp4", Kind.VIDEO);

    enum Kind { IMAGE, VIDEO }

    /** Bytes from the start of a file needed to recognise every type. */
    static final int SIGNATURE_LENGTH = 12;

    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_FORM = {'W', 'E', 'B', 'P'};
    private static final byte[] ISO_MEDIA_FILE_TYPE_BOX = {'f', 't', 'y', 'p'};

    private final String mimeType;
    private final Kind kind;

    EvidenceType(String mimeType, Kind kind) {
        this.mimeType = mimeType;
        this.kind = kind;
    }

    String mimeType() {
        return mimeType;
    }

    Kind kind() {
        return kind;
    }

    /**
     * The type whose signature {@code head} starts with: JPEG {@code FF D8 FF}; PNG {@code 89 'PNG' CR LF 1A LF};
     * WebP {@code 'RIFF'} size {@code 'WEBP'}; MP4 a size then the {@code 'ftyp'} box.
     *
     * @param head the first bytes of the file (fewer than {@link #SIGNATURE_LENGTH} only if the file is that short)
     */
    static Optional<EvidenceType> detect(byte[] head) {
        if (startsWith(head, 0, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP_FORM)) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, 4, ISO_MEDIA_FILE_TYPE_BOX)) {
            return Optional.of(MP4);
        }
        return Optional.empty();
    }

    /** The type a client declared, if it is one intake takes at all (parameters and case are ignored). */
    static Optional<EvidenceType> ofDeclared(MediaType declared) {
        if (declared == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(type -> MediaType.parseMediaType(type.mimeType).equalsTypeAndSubtype(declared))
                .findFirst();
    }

    static String accepted() {
        return String.join(", ", Arrays.stream(values()).map(EvidenceType::mimeType).toList());
    }

    private static boolean startsWith(byte[] data, int offset, byte[] signature) {
        if (data.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (data[offset + i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
