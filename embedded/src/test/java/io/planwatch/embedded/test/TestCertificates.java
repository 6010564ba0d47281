package io.planwatch.embedded.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away certificate authority and one server certificate it signed, generated at test time
 * with the JDK's {@code keytool} (nothing secret is committed). The server certificate names {@code
 * localhost} and {@code 127.0.0.1}, so a client that verifies host names accepts it there.
 *
 * <pre>{@code
 * TestCertificates tls = TestCertificates.shared();
 * broker = EmbeddedKafkaBroker.builder().saslSsl(tls.keyStore(), tls.password())...;
 * // clients: ssl.truststore.location = tls.trustStore(), ssl.truststore.password = tls.password()
 * }</pre>
 *
 * @param keyStore PKCS12: the server's private key and its chain (server certificate, CA)
 * @param trustStore PKCS12: the CA certificate alone, for clients
 * @param caCertificate the CA certificate, PEM
 * @param password the password of both stores and of the key
 */
public record TestCertificates(
    Path keyStore, Path trustStore, Path caCertificate, String password) {
  private static TestCertificates shared;

  /** The certificates of this JVM's test run, generated on the first call into a temp dir. */
  public static synchronized TestCertificates shared() {
    if (shared == null) {
      try {
        Path dir = Files.createTempDirectory("planwatch-test-ca-");
        dir.toFile().deleteOnExit();
        shared = generate(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a directory for the test CA", e);
      }
    }
    return shared;
  }

  /** Generates a CA and a server certificate for localhost into {@code dir}. */
  public static TestCertificates generate(Path dir) {
    String password = "test-" + UUID.randomUUID();
    Path ca = dir.resolve("ca.p12");
    Path caPem = dir.resolve("ca.pem");
    Path server = dir.resolve("server.p12");
    Path request = dir.resolve("server.csr");
    Path signed = dir.resolve("server.pem");
    Path trust = dir.resolve("truststore.p12");
    keytool(
        ca,
        password,
        "-genkeypair",
        "-alias",
        "ca",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=planwatch test CA",
        "-ext",
        "bc:c",
        "-validity",
        "2");
    keytool(ca, password, "-exportcert", "-rfc", "-alias", "ca", "-file", caPem.toString());
    importCertificate(trust, password, "ca", caPem);
    keytool(
        server,
        password,
        "-genkeypair",
        "-alias",
        "server",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=localhost",
        "-validity",
        "2");
    keytool(server, password, "-certreq", "-alias", "server", "-file", request.toString());
    keytool(
        ca,
        password,
        "-gencert",
        "-alias",
        "ca",
        "-rfc",
        "-validity",
        "2",
        "-infile",
        request.toString(),
        "-outfile",
        signed.toString(),
        "-ext",
        "SAN=dns:localhost,ip:127.0.0.1",
        "-ext",
        "EKU=serverAuth");
    // The chain: first the CA, then the signed reply replaces the self-signed certificate.
    importCertificate(server, password, "ca", caPem);
    importCertificate(server, password, "server", signed);
    return new TestCertificates(server, trust, caPem, password);
  }

  /**
   * Kafka client settings for a SASL_SSL listener with SCRAM-SHA-512: the documented {@code
   * security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config} and trust store.
   */
  public Map<String, Object> kafkaClientSettings(String user, String userPassword) {
    return Map.of(
        "security.protocol",
        "SASL_SSL",
        "sasl.mechanism",
        "SCRAM-SHA-512",
        "sasl.jaas.config",
        scramJaasConfig(user, userPassword),
        "ssl.truststore.type",
        "PKCS12",
        "ssl.truststore.location",
        trustStore.toString(),
        "ssl.truststore.password",
        password);
  }

  /** A {@code sasl.jaas.config} value for a SCRAM user. */
  public static String scramJaasConfig(String user, String userPassword) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
        + user
        + "\" password=\""
        + userPassword
        + "\";";
  }

  private static void importCertificate(Path store, String password, String alias, Path pem) {
    keytool(store, password, "-importcert", "-noprompt", "-alias", alias, "-file", pem.toString());
  }

  /** Runs keytool on a PKCS12 store. */
  private static void keytool(Path store, String password, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    // keytool is a short-lived JVM: start it quickly on a shared machine.
    command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
    command.addAll(List.of(arguments));
    command.addAll(
        List.of("-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", password));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run keytool", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running keytool", e);
    }
  }
}
