package io.cloudua.gateway.security;

import io.cloudua.gateway.config.ConfigException;
import io.cloudua.gateway.config.TlsSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PKCS#12 key store SIP over TLS serves from (data dir, tls/sip-tls.p12): built from the configured PEM
 * certificate and key, or, when none are configured, a self-signed certificate for the advertised host made
 * once at first start (for development; browsers and phones will not trust it).
 */
public final class TlsKeyStore {
    private static final Logger LOG = LoggerFactory.getLogger(TlsKeyStore.class);

    /** Where the key store is and its password. */
    public record Location(Path file, String password) { }

    private TlsKeyStore() { }

    public static Location prepare(TlsSettings tls, Path dataDir, String advertisedHost) {
        Path dir = dataDir.resolve("tls");
        Path passwordFile = dir.resolve("sip-tls.password");
        Path store = dir.resolve("sip-tls.p12");
        try {
            if (!Files.exists(passwordFile)) {
                byte[] random = new byte[18];
                new SecureRandom().nextBytes(random);
                String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                DataDirFiles.writePrivate(passwordFile, out -> out.write(generated.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            }
            String password = Files.readString(passwordFile).trim();
            if (tls.certificatePem() != null) {
                KeyStore ks = fromPem(tls.certificatePem(), tls.keyPem(), password);
                Files.deleteIfExists(store);
                DataDirFiles.writePrivate(store, out -> store(ks, out, password));
            } else if (!Files.exists(store)) {
                KeyStore ks = selfSigned(advertisedHost, password);
                DataDirFiles.writePrivate(store, out -> store(ks, out, password));
                LOG.info("generated a self-signed SIP TLS certificate for {} in {} (development only: configure tls-cert and tls-key)",
                        advertisedHost, store.toAbsolutePath());
            }
            return new Location(store, password);
        } catch (IOException | java.security.GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new ConfigException("cannot prepare the SIP TLS certificate: " + e.getMessage());
        }
    }

    private static void store(KeyStore ks, java.io.OutputStream out, String password) throws IOException {
        try {
            ks.store(out, password.toCharArray());
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    static KeyStore selfSigned(String host, String password) throws java.security.GeneralSecurityException,
            org.bouncycastle.operator.OperatorCreationException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=" + host.replaceAll("[,=+<>#;\\\\\"]", "_"));
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(825))), name, pair.getPublic());
        GeneralName san = host.matches("[0-9.]+|.*:.*") ? new GeneralName(GeneralName.iPAddress, host) : new GeneralName(GeneralName.dNSName, host);
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(san));
        X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(holder);
        return keyStore(pair.getPrivate(), new Certificate[] {cert}, password);
    }

    static KeyStore fromPem(Path certificatePem, Path keyPem, String password) throws IOException, java.security.GeneralSecurityException {
        List<Certificate> chain = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(certificatePem); PEMParser parser = new PEMParser(r)) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof X509CertificateHolder h) {
                    chain.add(new JcaX509CertificateConverter().getCertificate(h));
                }
            }
        }
        if (chain.isEmpty()) {
            throw new ConfigException("tls-cert " + certificatePem + " holds no certificate");
        }
        PrivateKey key;
        try (Reader r = Files.newBufferedReader(keyPem); PEMParser parser = new PEMParser(r)) {
            Object o = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (o instanceof PEMKeyPair kp) {
                key = converter.getPrivateKey(kp.getPrivateKeyInfo());
            } else if (o instanceof PrivateKeyInfo info) {
                key = converter.getPrivateKey(info);
            } else {
                throw new ConfigException("tls-key " + keyPem + " holds no unencrypted private key");
            }
        }
        return keyStore(key, chain.toArray(new Certificate[0]), password);
    }

    private static KeyStore keyStore(PrivateKey key, Certificate[] chain, String password) throws java.security.GeneralSecurityException, IOException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load((InputStream) null, null);
        ks.setKeyEntry("sip", key, password.toCharArray(), chain);
        return ks;
    }
}
