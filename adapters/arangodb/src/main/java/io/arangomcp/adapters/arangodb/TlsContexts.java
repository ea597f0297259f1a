package io.arangomcp.adapters.arangodb;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;

/**
 * ArangoDB backend: the TLS trust of a server: the JVM's trusted CAs, the CAs of a PEM file
 * ({@code ca_cert_file}), or, with {@code tls_verify: false}, any certificate (for self-signed test servers;
 * host names are then not checked either).
 */
final class TlsContexts {

    private TlsContexts() {
    }

    /** The SSL context for a profile's TLS settings; {@code CONFIG_INVALID} when the CA file is unusable. */
    static SSLContext context(boolean verify, String caCertFile) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            if (!verify) {
                context.init(null, new TrustManager[]{new TrustEverything()}, null);
            } else if (caCertFile != null) {
                context.init(null, trustManagers(Path.of(caCertFile)), null);
            } else {
                context.init(null, null, null);
            }
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM: " + e.getMessage(), e);
        }
    }

    private static TrustManager[] trustManagers(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            if (certificates.isEmpty()) {
                throw invalid(pem, "it holds no certificate");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + n++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (IOException e) {
            throw invalid(pem, "it cannot be read (" + e.getMessage() + ")");
        } catch (GeneralSecurityException e) {
            throw invalid(pem, "it is not a PEM file of X.509 certificates (" + e.getMessage() + ")");
        }
    }

    private static ArangoMcpException invalid(Path pem, String why) {
        return ArangoMcpException.builder(ErrorCode.CONFIG_INVALID, "ca_cert_file " + pem + " cannot be used: " + why)
                .hint("Point ca_cert_file to the PEM file of the CA that signed the server's certificate.")
                .build();
    }

    /** Accepts every certificate: only for {@code tls_verify: false}, which the operator chose explicitly. */
    private static final class TrustEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // the client side of TLS is not used
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // deliberately trusting: tls_verify is off for this profile
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
