package io.arangomcp.testkit.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Test support: a self-signed server certificate for {@code localhost} and {@code 127.0.0.1}, made with the JDK's
 * {@code keytool}: a PKCS#12 key store for a TLS server and the certificate as PEM for clients that must trust
 * it ({@code ca_cert_file}).
 *
 * @param keyStore the PKCS#12 key store with the key and certificate
 * @param password the key store password
 * @param pem      the certificate in PEM form
 */
public record SelfSignedCertificate(Path keyStore, String password, Path pem) {

    public SelfSignedCertificate {
        Objects.requireNonNull(keyStore, "keyStore is null");
        Objects.requireNonNull(password, "password is null");
        Objects.requireNonNull(pem, "pem is null");
    }

    /** Creates the key store and PEM file in a directory. */
    public static SelfSignedCertificate create(Path directory) throws IOException, InterruptedException {
        Path store = directory.resolve("server.p12");
        Path pem = directory.resolve("server.pem");
        String password = "changeit";
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", password, "-keypass", password);
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", store.toString(), "-storepass", password,
                "-file", pem.toString());
        return new SelfSignedCertificate(store, password, pem);
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + new String(output, StandardCharsets.UTF_8));
        }
    }
}
