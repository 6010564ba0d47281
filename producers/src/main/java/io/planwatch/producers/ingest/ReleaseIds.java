package io.planwatch.producers.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Release ids for files that carry none: the file name without extension and the first 12 hex
 * digits of the SHA-256 of its bytes, so publishing the same file again yields the same id (and is
 * a no-op downstream), while a changed file gets a new one.
 */
public final class ReleaseIds {
  private ReleaseIds() {}

  /** The derived release id, e.g. {@code shenyang-2022-06-3fa2b1c4d5e6}. */
  public static String derive(String fileName, byte[] content) {
    return fromContentHash(fileName, sha256(content));
  }

  /** The derived release id, given the SHA-256 of the file's bytes. */
  public static String fromContentHash(String fileName, byte[] sha256) {
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    stem = stem.replaceAll("[\\s|]+", "_");
    return stem + "-" + HexFormat.of().formatHex(sha256).substring(0, 12);
  }

  private static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
