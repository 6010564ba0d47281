package io.planwatch.producers.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
}
