package io.planwatch.streams.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One golden file: JSON lines, each identified by its {@code key} (and, for a key with several
 * records, their position {@code n}, from 1), grouped by key in key order. The rest of a line is
 * what is compared.
 *
 * @param name the file's name, e.g. {@code alerts.jsonl}
 * @param lines each line by its id ({@code key} or {@code key #n}), in file order
 */
record GoldenFile(String name, Map<String, JsonNode> lines) {
  static final String KEY = "key";
  static final String POSITION = "n";

  GoldenFile {
    lines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lines));
  }

  /** A file from lines already in order: each must have a distinct id. */
  static GoldenFile of(final String name, final List<JsonNode> lines) {
    final Map<String, JsonNode> byId = new LinkedHashMap<>();
    int number = 0;
    for (final JsonNode line : lines) {
      number++;
      // Why: the tree written and the tree read must compare alike (an int read back is an
      // IntNode whatever it was built as), so every line goes through its text.
      final JsonNode parsed = GoldenJson.parse(GoldenJson.line(line));
      if (byId.put(id(parsed), parsed) != null) {
        throw new IllegalArgumentException(
            name + " line " + number + ": id " + id(parsed) + " twice");
      }
    }
    return new GoldenFile(name, byId);
  }

  static GoldenFile read(final String name, final InputStream in) throws IOException {
    final List<JsonNode> lines = new ArrayList<>();
    final String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    int number = 0;
    for (final String line : text.split("\n")) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        lines.add(GoldenJson.MAPPER.readTree(line));
      } catch (final IOException e) {
        throw new IOException(name + " line " + number + ": " + e.getMessage(), e);
      }
    }
    return of(name, lines);
  }

  void write(final Path dir) {
    final StringBuilder text = new StringBuilder();
    lines.values().forEach(line -> text.append(GoldenJson.line(line)).append('\n'));
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (final IOException e) {
      throw new UncheckedIOException("Could not write " + dir.resolve(name), e);
    }
  }

  /** {@code key}, or {@code key #n} for a line with a position. */
  static String id(final JsonNode line) {
    final String key = line.path(KEY).asText();
    return line.has(POSITION) ? key + " #" + line.get(POSITION).asInt() : key;
  }

  /**
   * Every difference from {@code actual}, each naming the file, the line's id, the field and both
   * values; empty when they agree.
   */
  List<String> differences(final GoldenFile actual) {
    final List<String> found = new ArrayList<>();
    lines.forEach(
        (id, expected) -> {
          final JsonNode other = actual.lines.get(id);
          if (other == null) {
            found.add(String.format("%s: %s missing; expected %s", name, id, content(expected)));
          } else {
            compare(id, "", content(expected), content(other), found);
          }
        });
    actual.lines.forEach(
        (id, other) -> {
          if (!lines.containsKey(id)) {
            found.add(String.format("%s: %s unexpected; actual %s", name, id, content(other)));
          }
        });
    return found;
  }

  /** The line without its id fields. */
  private static JsonNode content(final JsonNode line) {
    final ObjectNode copy = ((ObjectNode) line).deepCopy();
    copy.remove(KEY);
    copy.remove(POSITION);
    return copy;
  }

  private void compare(
      final String id,
      final String path,
      final JsonNode expected,
      final JsonNode actual,
      final List<String> found) {
    if (expected.equals(actual)) {
      return;
    }
    if (expected.isObject() && actual.isObject()) {
      final Iterator<String> names = expected.fieldNames();
      while (names.hasNext()) {
        final String field = names.next();
        compare(id, join(path, field), expected.get(field), actual.path(field), found);
      }
      final Iterator<String> extra = actual.fieldNames();
      while (extra.hasNext()) {
        final String field = extra.next();
        if (!expected.has(field)) {
          compare(id, join(path, field), expected.path(field), actual.get(field), found);
        }
      }
    } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        compare(id, path + "[" + i + "]", expected.get(i), actual.get(i), found);
      }
    } else {
      found.add(
          String.format(
              "%s: %s field %s: expected %s, actual %s",
              name, id, path.isEmpty() ? "(whole)" : path, text(expected), text(actual)));
    }
  }

  private static String join(final String path, final String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private static String text(final JsonNode node) {
    return node.isMissingNode() ? "(absent)" : GoldenJson.line(node);
  }
}
