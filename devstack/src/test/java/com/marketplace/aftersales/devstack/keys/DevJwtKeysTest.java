package com.marketplace.aftersales.devstack.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevJwtKeysTest {

    @TempDir
    Path dir;

    @Test
    void theKeyPairIsGeneratedOnceAsPemFilesThatBelongTogether() throws Exception {
        DevJwtKeys keys = DevJwtKeys.ensure(dir);
        String privatePem = Files.readString(keys.privateKey());
        String publicPem = Files.readString(keys.publicKey());

        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(Files.getPosixFilePermissions(keys.privateKey()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem)));
        RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(der(publicPem)));
        assertThat(publicKey.getModulus().bitLength()).isEqualTo(2048);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update("token".getBytes());
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update("token".getBytes());
        assertThat(verifier.verify(signature)).isTrue();

        DevJwtKeys again = DevJwtKeys.ensure(dir);
        assertThat(Files.readString(again.privateKey())).isEqualTo(privatePem);
        assertThat(again.publicKey()).isAbsolute();
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
