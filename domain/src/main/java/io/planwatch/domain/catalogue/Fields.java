package io.planwatch.domain.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Typed access to the fields of one YAML mapping (a region, an indicator, a target…). Every
 * accessor reports what is wrong with the field to {@link Problems}, with the field's line, and
 * returns empty instead of throwing, so one pass finds every problem of an entry.
 */
final class Fields {

  private final String file;
  private final YamlNode.Mapping mapping;
  private final Problems problems;
  private final String what;

  /**
   * @param what what the mapping is, for messages ({@code "region"}, {@code "target"})
   */
  Fields(String file, YamlNode.Mapping mapping, Problems problems, String what) {
    this.file = file;
    this.mapping = mapping;
    this.problems = problems;
    this.what = what;
  }

  /** Views {@code node} as a mapping, or reports that it is not one. */
  static Optional<Fields> of(
      String file, YamlNode node, Problems problems, String what, List<String> allowed) {
    if (node instanceof YamlNode.Mapping mapping) {
      Fields fields = new Fields(file, mapping, problems, what);
      fields.rejectUnknown(allowed);
      return Optional.of(fields);
    }
    problems.add(
        file,
        node.line(),
        null,
        "expected a " + what + " as a mapping of 'field: value', found " + node.shape());
    return Optional.empty();
  }

  String file() {
    return file;
  }

  Problems problems() {
    return problems;
  }

  /** Line of the field's key, or of the mapping itself when the field is absent. */
  int line(String field) {
    YamlNode.Entry entry = mapping.entries().get(field);
    return entry == null ? mapping.line() : entry.keyLine();
  }

  int line() {
    return mapping.line();
  }

  boolean has(String field) {
    YamlNode.Entry entry = mapping.entries().get(field);
    return entry != null && !(entry.value() instanceof YamlNode.Scalar scalar && scalar.isNull());
  }

  void error(String field, String message) {
    problems.add(file, line(field), field, message);
  }

  Optional<String> requiredText(String field) {
    if (!has(field)) {
      problems.add(
          file, mapping.line(), field, "missing required field '" + field + "' of " + what);
      return Optional.empty();
    }
    return optionalText(field);
  }

  Optional<String> optionalText(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    YamlNode value = mapping.entries().get(field).value();
    if (value instanceof YamlNode.Scalar scalar && !scalar.text().isBlank()) {
      return Optional.of(scalar.text().strip());
    }
    error(field, "expected text, found " + value.shape());
    return Optional.empty();
  }

  <E extends Enum<E>> Optional<E> requiredEnum(String field, Class<E> type) {
    return requiredText(field).flatMap(text -> parseEnum(field, type, text));
  }

  <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
    return optionalText(field).flatMap(text -> parseEnum(field, type, text));
  }

  private <E extends Enum<E>> Optional<E> parseEnum(String field, Class<E> type, String text) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return Optional.of(constant);
      }
    }
    error(
        field,
        "unknown value '"
            + text
            + "'; allowed: "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
    return Optional.empty();
  }

  private static final String NOT_A_NUMBER =
      "is not a number; write the bare figure (e.g. 8.5), the unit and the comparator (以上, 左右…)"
          + " go in their own fields";

  Optional<BigDecimal> requiredNumber(String field) {
    return requiredText(field).flatMap(text -> parse(field, text, BigDecimal::new, NOT_A_NUMBER));
  }

  Optional<BigDecimal> optionalNumber(String field) {
    return optionalText(field).flatMap(text -> parse(field, text, BigDecimal::new, NOT_A_NUMBER));
  }

  Optional<Integer> requiredInt(String field) {
    return requiredText(field)
        .flatMap(text -> parse(field, text, Integer::valueOf, "is not a whole number"));
  }

  Optional<Integer> optionalInt(String field) {
    return optionalText(field)
        .flatMap(text -> parse(field, text, Integer::valueOf, "is not a whole number"));
  }

  private <T> Optional<T> parse(
      String field, String text, Function<String, T> parser, String problem) {
    try {
      return Optional.of(parser.apply(text));
    } catch (NumberFormatException e) {
      error(field, "'" + text + "' " + problem);
      return Optional.empty();
    }
  }

  /** A boolean; absent means {@code absent}. */
  Optional<Boolean> bool(String field, boolean absent) {
    if (!has(field)) {
      return Optional.of(absent);
    }
    return optionalText(field)
        .flatMap(
            text -> {
              if ("true".equals(text) || "false".equals(text)) {
                return Optional.of(Boolean.parseBoolean(text));
              }
              error(field, "'" + text + "' is not a boolean; allowed: true, false");
              return Optional.empty();
            });
  }

  /** An optional list of texts, each with its line. */
  List<Located> textList(String field) {
    if (!has(field)) {
      return List.of();
    }
    YamlNode value = mapping.entries().get(field).value();
    if (!(value instanceof YamlNode.Sequence sequence)) {
      error(field, "expected a list, found " + value.shape());
      return List.of();
    }
    List<Located> texts = new ArrayList<>();
    for (YamlNode item : sequence.items()) {
      if (item instanceof YamlNode.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
        texts.add(new Located(scalar.text().strip(), item.line()));
      } else {
        problems.add(
            file, item.line(), field, "expected a text item in the list, found " + item.shape());
      }
    }
    return texts;
  }

  /** A nested mapping, e.g. {@code bands}. */
  Optional<Fields> optionalMapping(String field, String nestedWhat, List<String> allowed) {
    if (!has(field)) {
      return Optional.empty();
    }
    return of(file, mapping.entries().get(field).value(), problems, nestedWhat, allowed);
  }

  /** The list under {@code field} of the file's top-level mapping; empty and reported if not. */
  List<YamlNode> requiredList(String field) {
    if (!has(field)) {
      problems.add(file, mapping.line(), field, "missing required list '" + field + ":'");
      return List.of();
    }
    return optionalList(field);
  }

  List<YamlNode> optionalList(String field) {
    if (!has(field)) {
      return List.of();
    }
    YamlNode value = mapping.entries().get(field).value();
    if (value instanceof YamlNode.Sequence sequence) {
      return sequence.items();
    }
    error(field, "expected a list ('- item' lines), found " + value.shape());
    return List.of();
  }

  private void rejectUnknown(List<String> allowed) {
    for (YamlNode.Entry entry : mapping.entries().values()) {
      if (!allowed.contains(entry.key())) {
        problems.add(
            file,
            entry.keyLine(),
            entry.key(),
            "unknown field of " + what + "; allowed: " + String.join(", ", allowed));
      }
    }
  }

  /** A text with the line it was written on. */
  record Located(String text, int line) {}
}
