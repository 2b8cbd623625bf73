package com.marketplace.aftersales.gateway.devtokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** A key pair written as the local runner writes it: PKCS#8 private key and X.509 public key, PEM encoded. */
record DevKeys(KeyPair pair, Path privateKey, Path publicKey) {

    static DevKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path dir = Files.createTempDirectory("gateway-dev-keys-");
            dir.toFile().deleteOnExit();
            Path privateKey = write(dir.resolve("dev-jwt-private.pem"), "PRIVATE KEY", pair.getPrivate().getEncoded());
            Path publicKey = write(dir.resolve("dev-jwt-public.pem"), "PUBLIC KEY", pair.getPublic().getEncoded());
            return new DevKeys(pair, privateKey, publicKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path file, String type, byte[] der) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        Files.writeString(file, pem);
        file.toFile().deleteOnExit();
        return file;
    }
}
