package io.planwatch.producers.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text files: UTF-16 with a BOM (Excel's "Unicode text"), UTF-8 with or without BOM, else
 * GB18030 (a superset of GBK and GB2312, what Chinese Excel writes as "CSV"). The detection is a
 * strict UTF-8 decode: text in GBK is almost never valid UTF-8. An explicit encoding overrides it.
 */
public final class TextDecoder {
  /** GB18030, which reads every GBK and GB2312 file. */
  public static final Charset GB18030 = Charset.forName("GB18030");

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
    if (override != null) {
      return new Decoded(stripBom(new String(bytes, override)), override);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(
          stripBom(new String(bytes, StandardCharsets.UTF_16LE)), StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(
          stripBom(new String(bytes, StandardCharsets.UTF_16BE)), StandardCharsets.UTF_16BE);
    }
    try {
      CharsetDecoder strict =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      String text = strict.decode(ByteBuffer.wrap(bytes)).toString();
      return new Decoded(stripBom(text), StandardCharsets.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      return new Decoded(stripBom(new String(bytes, GB18030)), GB18030);
    }
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
