package io.planwatch.domain.catalogue;

import io.planwatch.domain.model.Bands;
import io.planwatch.domain.model.Direction;
import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.PriceBasis;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and checks {@code indicators.yaml}: every field of every indicator, unique codes, unique
 * names (Chinese, English and aliases) and ordered bands.
 */
final class IndicatorsFile {

  static final String FILE = "indicators.yaml";

  static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

  private static final List<String> TOP = List.of("indicators");
  private static final List<String> FIELDS =
      List.of(
          "code",
          "nameZh",
          "nameEn",
          "unit",
          "measure",
          "frequency",
          "priceBasis",
          "direction",
          "additive",
          "bands",
          "note",
          "aliases");
  private static final List<String> BAND_FIELDS = List.of("ahead", "onTrack", "behind");

  private final Problems problems;
  private final Map<String, Integer> lineOfCode = new LinkedHashMap<>();
  private final Map<String, Indicator> indicators = new LinkedHashMap<>();
  private final NameIndex names = new NameIndex("indicator");
  private boolean readable;

  IndicatorsFile(Problems problems) {
    this.problems = problems;
  }

  /** Indicators by code, in file order; only the ones whose every field was valid. */
  Map<String, Indicator> indicators() {
    return indicators;
  }

  /** Codes of every indicator written in the file, valid or not, so references can be checked. */
  boolean defines(String code) {
    return lineOfCode.containsKey(code);
  }

  Map<String, String> names() {
    return names.codesByName();
  }

  /**
   * Whether the file could be parsed; when it could not, references to its indicators are not
   * reported as unknown (the syntax error is the one to fix).
   */
  boolean readable() {
    return readable;
  }

  void read(YamlNode root) {
    readable = true;
    Optional<Fields> top = Fields.of(FILE, root, problems, "indicators file", TOP);
    if (top.isEmpty()) {
      return;
    }
    for (YamlNode node : top.get().requiredList("indicators")) {
      Fields.of(FILE, node, problems, "indicator", FIELDS).ifPresent(this::indicator);
    }
  }

  private void indicator(Fields fields) {
    Optional<String> code = fields.requiredText("code").filter(text -> uniqueCode(fields, text));
    Optional<String> nameZh = fields.requiredText("nameZh");
    Optional<String> nameEn = fields.requiredText("nameEn");
    Optional<String> unit = fields.requiredText("unit");
    Optional<Measure> measure = fields.requiredEnum("measure", Measure.class);
    Optional<Frequency> frequency = fields.requiredEnum("frequency", Frequency.class);
    Optional<PriceBasis> priceBasis = fields.requiredEnum("priceBasis", PriceBasis.class);
    Optional<Direction> direction = fields.requiredEnum("direction", Direction.class);
    Optional<Boolean> additive =
        fields.has("additive")
            ? fields.bool("additive", false)
            : missing(fields, "additive", "true when regional figures add up to the parent's");
    Optional<Optional<Bands>> bands = bands(fields);
    fields.optionalText("note");
    List<Fields.Located> aliases = fields.textList("aliases");
    if (code.isEmpty()) {
      return;
    }
    nameZh.ifPresent(
        name -> names.claim(name, code.get(), fields, "nameZh", fields.line("nameZh")));
    nameEn.ifPresent(
        name -> names.claim(name, code.get(), fields, "nameEn", fields.line("nameEn")));
    aliases.forEach(
        alias -> names.claim(alias.text(), code.get(), fields, "aliases", alias.line()));
    if (nameZh.isPresent()
        && nameEn.isPresent()
        && unit.isPresent()
        && measure.isPresent()
        && frequency.isPresent()
        && priceBasis.isPresent()
        && direction.isPresent()
        && additive.isPresent()
        && bands.isPresent()) {
      indicators.put(
          code.get(),
          new Indicator(
              code.get(),
              nameZh.get(),
              nameEn.get(),
              unit.get(),
              measure.get(),
              frequency.get(),
              priceBasis.get(),
              direction.get(),
              additive.get(),
              bands.get().orElse(null)));
    }
  }

  private boolean uniqueCode(Fields fields, String code) {
    if (!CODE.matcher(code).matches()) {
      fields.error(
          "code",
          "'" + code + "' is not an indicator code; use lower case, digits and _, e.g. gdp_growth");
      return false;
    }
    Integer earlier = lineOfCode.putIfAbsent(code, fields.line("code"));
    if (earlier != null) {
      fields.error(
          "code", "duplicate indicator code " + code + "; already defined on line " + earlier);
      return false;
    }
    return true;
  }

  private static Optional<Boolean> missing(Fields fields, String field, String hint) {
    fields.error(field, "missing required field '" + field + "' of indicator (" + hint + ")");
    return Optional.empty();
  }

  /** Empty when invalid; a present empty when there are no bands (the defaults apply). */
  private Optional<Optional<Bands>> bands(Fields fields) {
    if (!fields.has("bands")) {
      return Optional.of(Optional.empty());
    }
    Optional<Fields> nested = fields.optionalMapping("bands", "bands", BAND_FIELDS);
    if (nested.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> ahead = nested.get().requiredNumber("ahead");
    Optional<BigDecimal> onTrack = nested.get().requiredNumber("onTrack");
    Optional<BigDecimal> behind = nested.get().requiredNumber("behind");
    if (ahead.isEmpty() || onTrack.isEmpty() || behind.isEmpty()) {
      return Optional.empty();
    }
    if (ahead.get().compareTo(onTrack.get()) < 0 || onTrack.get().compareTo(behind.get()) < 0) {
      fields.error(
          "bands",
          "bands must satisfy ahead >= onTrack >= behind; found "
              + ahead.get()
              + ", "
              + onTrack.get()
              + ", "
              + behind.get());
      return Optional.empty();
    }
    return Optional.of(
        Optional.of(
            new Bands(
                ahead.get().doubleValue(),
                onTrack.get().doubleValue(),
                behind.get().doubleValue())));
  }
}
