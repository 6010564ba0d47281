package io.planwatch.producers.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text files: UTF-16 with a BOM (Excel's "Unicode text"), UTF-8 with or without BOM, else
 * GB18030 (a superset of GBK and GB2312, what Chinese Excel writes as "CSV"). The detection is a
 * strict UTF-8 decode: text in GBK is almost never valid UTF-8. An explicit encoding overrides it.
 * A large file can be read through {@link #reader} without ever holding its whole text.
 */
public final class TextDecoder {
  /** GB18030, which reads every GBK and GB2312 file. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private static final char BOM = '\uFEFF';

  private TextDecoder() {}

  /**
   * The text and the charset it was read with.
   *
   * @param text decoded text, BOM removed
   * @param charset the charset used
   */
  public record Decoded(String text, Charset charset) {}

  /** Decodes with the given charset, or detects one when {@code override} is null. */
  public static Decoded decode(byte[] bytes, Charset override) {
    Charset charset = charset(bytes, override);
    return new Decoded(stripBom(new String(bytes, charset)), charset);
  }

  /**
   * The text as a stream of characters, BOM removed, decoded as {@link #decode} would decode it.
   */
  public static Reader reader(byte[] bytes, Charset override) {
    PushbackReader reader =
        new PushbackReader(
            new InputStreamReader(new ByteArrayInputStream(bytes), charset(bytes, override)));
    try {
      int first = reader.read();
      if (first >= 0 && first != BOM) {
        reader.unread(first);
      }
    } catch (IOException e) {
      throw new IllegalStateException("reading from memory cannot fail", e);
    }
    return reader;
  }

  /**
   * The charset: the override, else UTF-16 by its BOM, else UTF-8 if the bytes are, else GB18030.
   */
  public static Charset charset(byte[] bytes, Charset override) {
    if (override != null) {
      return override;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return isUtf8(bytes) ? StandardCharsets.UTF_8 : GB18030;
  }

  /** A strict UTF-8 decode into a small buffer, thrown away: only whether it succeeds counts. */
  private static boolean isUtf8(byte[] bytes) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = strict.decode(in, out, true);
      if (result.isError()) {
        return false;
      }
      out.clear();
      if (result.isUnderflow()) {
        break;
      }
    }
    while (true) {
      CoderResult result = strict.flush(out);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        return true;
      }
      out.clear();
    }
  }

  private static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }
}
