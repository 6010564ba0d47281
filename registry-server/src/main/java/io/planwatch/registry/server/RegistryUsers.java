package io.planwatch.registry.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The users the registry lets in, checked against HTTP basic auth.
 *
 * <p>The users file holds one user a line, {@code name:pbkdf2-sha256:iterations:salt:hash}, salt
 * and hash in Base64; blank lines and lines starting with {@code #} are skipped. The hash is
 * PBKDF2-HMAC-SHA256 (the JDK's {@code PBKDF2WithHmacSHA256}, 32 bytes) of the UTF-8 password, so
 * the file holds no password. A line is made with {@code RegistryServerMain --hash-password NAME}
 * (the password read from standard input) or {@link #line(String, String)}:
 *
 * <pre>
 * # planwatch schema registry users
 * planwatch-app:pbkdf2-sha256:310000:q2m3…==:Yh8d…=
 * </pre>
 *
 * <p>A name may not contain {@code :} (basic auth splits there). The file is read when the server
 * starts; restart it to apply a change. Checking a password costs the iterations (about 0.1 to 0.5
 * s with the default 310,000, OWASP's figure for this hash), so an accepted {@code Authorization}
 * header is remembered, by its SHA-256 digest only, for the server's lifetime.
 */
public final class RegistryUsers {
  /** The one hash scheme of the file. */
  public static final String SCHEME = "pbkdf2-sha256";

  /** Iterations of a line made by {@link #line(String, String)}. */
  public static final int DEFAULT_ITERATIONS = 310_000;

  /** Fewer iterations are refused. */
  static final int MIN_ITERATIONS = 10_000;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int HASH_BYTES = 32;
  private static final int SALT_BYTES = 16;
  private static final int REMEMBERED_HEADERS = 1_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Entry> users;
  private final Set<String> accepted = ConcurrentHashMap.newKeySet();

  private RegistryUsers(Map<String, Entry> users) {
    this.users = Map.copyOf(users);
  }

  /**
   * Reads a users file.
   *
   * @throws IllegalArgumentException naming the file and line of every bad line
   * @throws UncheckedIOException when the file cannot be read
   */
  public static RegistryUsers load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the registry users file " + file, e);
    }
    Map<String, Entry> users = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        Entry entry = Entry.parse(line);
        if (users.putIfAbsent(entry.name(), entry) != null) {
          throw new IllegalArgumentException("user '" + entry.name() + "' appears twice");
        }
      } catch (IllegalArgumentException e) {
        errors.add(file + ":" + (i + 1) + ": " + e.getMessage());
      }
    }
    if (errors.isEmpty() && users.isEmpty()) {
      errors.add(file + ": no users; every request would be refused");
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "bad registry users file / 用户文件有错误:\n  " + String.join("\n  ", errors));
    }
    return new RegistryUsers(users);
  }

  /**
   * One user, from {@code user:password}: hashed in memory and never stored, so with the fewest
   * iterations (they protect a stored hash; here the password itself is in memory anyway).
   */
  static RegistryUsers single(String userInfo) {
    int colon = userInfo.indexOf(':');
    String name = userInfo.substring(0, colon);
    Entry entry = Entry.parse(line(name, userInfo.substring(colon + 1), MIN_ITERATIONS));
    return new RegistryUsers(Map.of(name, entry));
  }

  /** A users-file line for a user, with a fresh salt and {@link #DEFAULT_ITERATIONS}. */
  public static String line(String name, String password) {
    return line(name, password, DEFAULT_ITERATIONS);
  }

  /** A users-file line with the given iterations (at least {@value #MIN_ITERATIONS}). */
  static String line(String name, String password, int iterations) {
    if (name.isEmpty() || name.contains(":") || name.strip().length() != name.length()) {
      throw new IllegalArgumentException(
          "a user name must be non-empty, without ':' or surrounding spaces: '" + name + "'");
    }
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder();
    return String.join(
        ":",
        name,
        SCHEME,
        Integer.toString(iterations),
        base64.encodeToString(salt),
        base64.encodeToString(hash(password, salt, iterations)));
  }

  /** The names in the file, for the start-up log. */
  public Set<String> names() {
    return users.keySet();
  }

  /** Whether an {@code Authorization} header carries the basic-auth credentials of a user. */
  boolean accepts(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String digest = digest(authorization);
    if (accepted.contains(digest)) {
      return true;
    }
    String credentials;
    try {
      credentials =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    int colon = credentials.indexOf(':');
    Entry entry = colon < 0 ? null : users.get(credentials.substring(0, colon));
    if (entry == null || !entry.matches(credentials.substring(colon + 1))) {
      return false;
    }
    if (accepted.size() >= REMEMBERED_HEADERS) {
      accepted.clear();
    }
    accepted.add(digest);
    return true;
  }

  private static byte[] hash(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BYTES * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no " + ALGORITHM, e);
    } finally {
      spec.clearPassword();
    }
  }

  private static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }

  private record Entry(String name, int iterations, byte[] salt, byte[] hash) {
    static Entry parse(String line) {
      String[] parts = line.split(":", -1);
      if (parts.length != 5) {
        throw new IllegalArgumentException(
            "expected name:" + SCHEME + ":iterations:salt:hash, found " + parts.length + " fields");
      }
      if (parts[0].isEmpty()) {
        throw new IllegalArgumentException("empty user name");
      }
      if (!SCHEME.equals(parts[1])) {
        throw new IllegalArgumentException(
            "user '" + parts[0] + "': unknown scheme '" + parts[1] + "', expected " + SCHEME);
      }
      int iterations;
      try {
        iterations = Integer.parseInt(parts[2]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "user '" + parts[0] + "': iterations '" + parts[2] + "' is not a number", e);
      }
      if (iterations < MIN_ITERATIONS) {
        throw new IllegalArgumentException(
            "user '"
                + parts[0]
                + "': "
                + iterations
                + " iterations is too few (at least "
                + MIN_ITERATIONS
                + ")");
      }
      byte[] salt = base64(parts[0], "salt", parts[3]);
      byte[] hash = base64(parts[0], "hash", parts[4]);
      if (salt.length < 8 || hash.length != HASH_BYTES) {
        throw new IllegalArgumentException(
            "user '" + parts[0] + "': salt under 8 bytes or hash not " + HASH_BYTES + " bytes");
      }
      return new Entry(parts[0], iterations, salt, hash);
    }

    private static byte[] base64(String user, String field, String text) {
      try {
        return Base64.getDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("user '" + user + "': " + field + " is not Base64", e);
      }
    }

    boolean matches(String password) {
      return MessageDigest.isEqual(hash, RegistryUsers.hash(password, salt, iterations));
    }
  }
}
