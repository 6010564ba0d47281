package io.planwatch.domain.catalogue;

import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value that remembers the line it started on, so that every validation error can
 * point at the offending line. Produced by {@link YamlTreeReader}.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

  /** 1-based line where the value starts. */
  int line();

  /** A short name of the node's shape for error messages. */
  String shape();

  /**
   * A scalar: its text exactly as written ({@code null} for YAML null / an empty value).
   *
   * @param quoted whether it was written as a string ({@code "210112"}) rather than a plain scalar
   */
  record Scalar(String text, boolean quoted, int line) implements YamlNode {
    boolean isNull() {
      return text == null;
    }

    @Override
    public String shape() {
      return isNull() ? "an empty value" : "the text '" + text + "'";
    }
  }

  /** A list ({@code - item}). */
  record Sequence(List<YamlNode> items, int line) implements YamlNode {
    @Override
    public String shape() {
      return "a list";
    }
  }

  /** A mapping ({@code key: value}), in file order; each entry keeps the line of its key. */
  record Mapping(Map<String, Entry> entries, int line) implements YamlNode {
    @Override
    public String shape() {
      return "a mapping";
    }
  }

  /** One {@code key: value} pair of a mapping. */
  record Entry(String key, int keyLine, YamlNode value) {}
}
