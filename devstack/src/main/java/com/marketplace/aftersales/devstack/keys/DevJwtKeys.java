package com.marketplace.aftersales.devstack.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair of the local token issuer (the gateway's {@code POST /dev/tokens}): generated once per
 * {@code $AFTERSALES_HOME} so tokens stay valid across restarts, PEM encoded as Spring Security reads them
 * (PKCS#8 private key, X.509 public key). Development only: production validates the identity provider's JWKS.
 */
public record DevJwtKeys(Path privateKey, Path publicKey) {

    private static final String PRIVATE_NAME = "dev-jwt-private.pem";
    private static final String PUBLIC_NAME = "dev-jwt-public.pem";

    /** @return where the key pair of {@code dir} is, whether or not it has been generated */
    public static DevJwtKeys in(Path dir) {
        return new DevJwtKeys(dir.resolve(PRIVATE_NAME).toAbsolutePath(), dir.resolve(PUBLIC_NAME).toAbsolutePath());
    }

    /** @return the key pair in {@code dir}, generating it if either half is missing */
    public static DevJwtKeys ensure(Path dir) {
        DevJwtKeys keys = in(dir);
        if (Files.isRegularFile(keys.privateKey) && Files.isRegularFile(keys.publicKey)) {
            return keys;
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writePrivate(keys.privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(keys.publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the dev JWT keys to " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    /** Reads a private key as {@link #ensure} writes it (PEM, PKCS#8). */
    public static RSAPrivateKey readPrivateKey(Path pem) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (InvalidKeySpecException | ClassCastException e) {
            throw new IllegalStateException(pem + " is not an RSA private key in PKCS#8 PEM", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    /** Reads a public key as {@link #ensure} writes it (PEM, X.509). */
    public static RSAPublicKey readPublicKey(Path pem) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (InvalidKeySpecException | ClassCastException e) {
            throw new IllegalStateException(pem + " is not an RSA public key in X.509 PEM", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    private static byte[] der(Path pem) {
        try {
            String text = Files.readString(pem, StandardCharsets.US_ASCII);
            return Base64.getMimeDecoder().decode(text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pem, e);
        }
    }

    private static void writePrivate(Path file, String pem) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the key stays readable as the directory allows
        }
        Files.writeString(file, pem);
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
