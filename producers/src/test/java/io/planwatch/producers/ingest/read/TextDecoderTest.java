package io.planwatch.producers.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String TEXT = "指标,地区\n地区生产总值,浑南区\n";

  @Test
  void shouldReadGbkBytesAsGb18030() {
    TextDecoder.Decoded decoded = TextDecoder.decode(TEXT.getBytes(Charset.forName("GBK")), null);

    assertThat(decoded.text()).isEqualTo(TEXT);
    assertThat(decoded.charset()).isEqualTo(TextDecoder.GB18030);
  }

  @Test
  void shouldReadUtf8WithAndWithoutBom() {
    byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);

    assertThat(TextDecoder.decode(plain, null).text()).isEqualTo(TEXT);
    assertThat(TextDecoder.decode(withBom, null).text()).isEqualTo(TEXT);
    assertThat(TextDecoder.decode(withBom, null).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void shouldUseAGivenEncodingEvenWhenTheBytesWouldPassAsAnother() {
    byte[] ascii = "a,b\n".getBytes(StandardCharsets.US_ASCII);

    assertThat(TextDecoder.decode(ascii, TextDecoder.GB18030).charset())
        .isEqualTo(TextDecoder.GB18030);
  }

  @Test
  void shouldReadExcelUnicodeTextAsUtf16() {
    byte[] utf16 = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);

    TextDecoder.Decoded decoded = TextDecoder.decode(utf16, null);

    assertThat(decoded.text()).isEqualTo(TEXT);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Property(tries = 3000)
  void shouldJudgeUtf8ExactlyAsTheStrictDecoderDoes(@ForAll("utf8Like") byte[] bytes) {
    assertThat(TextDecoder.isUtf8(bytes)).isEqualTo(strictlyUtf8(bytes));
  }

  @Provide
  Arbitrary<byte[]> utf8Like() {
    // Bytes around every boundary of the UTF-8 table, whole characters of every length, and runs
    // of ASCII long enough for the eight-bytes-at-a-time skip, ending anywhere in a word.
    Arbitrary<Integer> special =
        Arbitraries.of(
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
            0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF);
    Arbitrary<byte[]> chunk =
        Arbitraries.oneOf(
            special.map(b -> new byte[] {(byte) (int) b}),
            Arbitraries.integers()
                .between(0, 0x10FFFF)
                .filter(c -> c < 0xD800 || c > 0xDFFF)
                .map(c -> new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)),
            Arbitraries.strings()
                .withCharRange(' ', '~')
                .ofMinLength(7)
                .ofMaxLength(25)
                .map(text -> text.getBytes(StandardCharsets.US_ASCII)));
    return chunk
        .list()
        .ofMaxSize(8)
        .map(
            parts -> {
              java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
              parts.forEach(out::writeBytes);
              return out.toByteArray();
            });
  }

  private static boolean strictlyUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
