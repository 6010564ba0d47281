package io.planwatch.domain.catalogue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one YAML file into a {@link YamlNode} tree with line numbers, using Jackson's streaming
 * YAML parser and its token locations. Syntax errors, invalid UTF-8 and duplicate keys are reported
 * to {@link Problems} with file and line; the caller then validates the tree.
 */
final class YamlTreeReader {

  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

  private final String file;
  private final Problems problems;

  YamlTreeReader(String file, Problems problems) {
    this.file = file;
    this.problems = problems;
    problems.file(file);
  }

  /** The document's root, or empty when the file is not valid UTF-8 YAML (errors reported). */
  Optional<YamlNode> read(byte[] bytes) {
    Optional<String> text = decodeUtf8(bytes);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try (JsonParser parser = FACTORY.createParser(text.get())) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(file, 0, null, "the file is empty");
        return Optional.empty();
      }
      YamlNode root = readValue(parser);
      if (parser.nextToken() != null) {
        problems.add(
            file,
            line(parser.currentTokenLocation()),
            null,
            "a second YAML document starts here; one file holds one document");
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (JacksonException e) {
      int[] where = problemMark(e);
      problems.add(
          file,
          where[0],
          null,
          "YAML syntax error: "
              + syntaxProblem(e.getOriginalMessage())
              + (where[1] > 0 ? " (column " + where[1] + ")" : ""));
      return Optional.empty();
    } catch (IOException e) {
      problems.add(file, 0, null, "cannot read: " + e.getMessage());
      return Optional.empty();
    }
  }

  private YamlNode readValue(JsonParser parser) throws IOException {
    int line = line(parser.currentTokenLocation());
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return readMapping(parser, line);
    }
    if (token == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(readValue(parser));
      }
      return new YamlNode.Sequence(Collections.unmodifiableList(items), line);
    }
    if (token == JsonToken.VALUE_NULL) {
      return new YamlNode.Scalar(null, false, line);
    }
    return new YamlNode.Scalar(parser.getText(), token == JsonToken.VALUE_STRING, line);
  }

  private YamlNode readMapping(JsonParser parser, int line) throws IOException {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = line(parser.currentTokenLocation());
      parser.nextToken();
      YamlNode value = readValue(parser);
      YamlNode.Entry earlier = entries.get(key);
      if (earlier != null) {
        problems.add(
            file,
            keyLine,
            key,
            "duplicate key; '" + key + "' is already set on line " + earlier.keyLine());
      } else {
        entries.put(key, new YamlNode.Entry(key, keyLine, value));
      }
    }
    return new YamlNode.Mapping(Collections.unmodifiableMap(entries), line);
  }

  /**
   * Line and column of a syntax error: the parser's problem mark (the last "line N, column M" of
   * SnakeYAML's message), which points at the offending character, else Jackson's location.
   */
  private static int[] problemMark(JacksonException e) {
    Matcher mark = MARK.matcher(String.valueOf(e.getOriginalMessage()));
    int[] where = null;
    while (mark.find()) {
      where = new int[] {Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2))};
    }
    if (where != null) {
      return where;
    }
    JsonLocation location = e.getLocation();
    return location == null
        ? new int[] {0, 0}
        : new int[] {line(location), Math.max(location.getColumnNr(), 0)};
  }

  /**
   * The parser's explanation without its echo of the source ({@code in 'reader', line 5…} and the
   * caret lines): e.g. "while scanning for the next token; found character '\t(TAB)' that cannot
   * start any token".
   */
  static String syntaxProblem(String parserMessage) {
    List<String> parts = new ArrayList<>();
    for (String line : parserMessage.lines().toList()) {
      // SnakeYAML indents its marks (" in 'reader', line…") and the source echo under them.
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        parts.add(line.strip());
      }
    }
    return String.join("; ", parts);
  }

  private Optional<String> decodeUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      problems.add(
          file,
          lineAt(bytes, in.position()),
          null,
          "not valid UTF-8 at byte "
              + in.position()
              + "; save the file as UTF-8 (catalogue files are UTF-8, not GBK)");
      return Optional.empty();
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int line(JsonLocation location) {
    return Math.max(location.getLineNr(), 0);
  }
}
