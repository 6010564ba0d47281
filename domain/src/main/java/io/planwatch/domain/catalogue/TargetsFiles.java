package io.planwatch.domain.catalogue;

import io.planwatch.domain.model.Attribute;
import io.planwatch.domain.model.Comparator;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.SourceRef;
import io.planwatch.domain.model.TargetKind;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads and checks the {@code targets/*.yaml} files, one per plan document: every field, ids unique
 * across all files, known indicators and regions, years in order, and units that match the
 * indicator's. Values are converted to the indicator's unit (e.g. 万户 → 户).
 */
final class TargetsFiles {

  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

  static final int FIRST_YEAR = 1949;
  static final int LAST_YEAR = 2100;

  private static final List<String> TOP = List.of("document", "title", "targets");
  private static final List<String> FIELDS =
      List.of(
          "id",
          "indicator",
          "region",
          "kind",
          "comparator",
          "value",
          "unit",
          "baseValue",
          "baseYear",
          "targetYear",
          "attribute",
          "soft",
          "line",
          "note");

  private final Problems problems;
  private final IndicatorsFile indicators;
  private final Predicate<String> regionDefined;
  private final boolean regionsReadable;
  private final Map<String, String> whereIsId = new LinkedHashMap<>();
  private final Map<String, PlanTarget> targets = new LinkedHashMap<>();
  private final Map<String, String> titles = new LinkedHashMap<>();
  private final Map<String, String> fileOfDocument = new LinkedHashMap<>();

  /**
   * @param regionDefined whether a region code is written in regions.yaml
   * @param regionsReadable whether regions.yaml could be parsed; when not, references to regions
   *     are not reported as unknown
   */
  TargetsFiles(
      Problems problems,
      IndicatorsFile indicators,
      Predicate<String> regionDefined,
      boolean regionsReadable) {
    this.problems = problems;
    this.indicators = indicators;
    this.regionDefined = regionDefined;
    this.regionsReadable = regionsReadable;
  }

  Map<String, PlanTarget> targets() {
    return targets;
  }

  /** Plan document file name → its title. */
  Map<String, String> titles() {
    return titles;
  }

  void read(String file, YamlNode root) {
    Optional<Fields> top = Fields.of(file, root, problems, "targets file", TOP);
    if (top.isEmpty()) {
      return;
    }
    Optional<String> document = top.get().requiredText("document");
    Optional<String> title = top.get().requiredText("title");
    document.ifPresent(name -> oneFilePerDocument(top.get(), name));
    if (document.isPresent() && title.isPresent()) {
      titles.putIfAbsent(document.get(), title.get());
    }
    for (YamlNode node : top.get().requiredList("targets")) {
      Fields.of(file, node, problems, "target", FIELDS)
          .flatMap(fields -> target(fields, document))
          .ifPresent(target -> targets.put(target.id(), target));
    }
  }

  private void oneFilePerDocument(Fields top, String document) {
    String earlier = fileOfDocument.putIfAbsent(document, top.file());
    if (earlier != null) {
      top.error(
          "document",
          "document "
              + document
              + " is already the source of "
              + earlier
              + "; keep one target file per plan document");
    }
  }

  private Optional<PlanTarget> target(Fields fields, Optional<String> document) {
    Optional<String> id = fields.requiredText("id").filter(text -> uniqueId(fields, text));
    Optional<Indicator> indicator = indicator(fields);
    Optional<String> region =
        fields.requiredText("region").filter(code -> knownRegion(fields, code));
    Optional<TargetKind> kind = fields.requiredEnum("kind", TargetKind.class);
    Optional<Comparator> comparator = fields.requiredEnum("comparator", Comparator.class);
    Optional<BigDecimal> value = fields.requiredNumber("value");
    Optional<String> unit = fields.requiredText("unit");
    Optional<BigDecimal> baseValue = fields.optionalNumber("baseValue");
    Optional<Integer> baseYear =
        fields.optionalInt("baseYear").filter(y -> inRange(fields, "baseYear", y));
    Optional<Integer> targetYear =
        fields.requiredInt("targetYear").filter(y -> inRange(fields, "targetYear", y));
    Optional<Attribute> attribute =
        fields.has("attribute")
            ? fields.optionalEnum("attribute", Attribute.class)
            : Optional.of(Attribute.NOT_STATED);
    Optional<Boolean> soft = fields.bool("soft", false);
    Optional<Integer> line = fields.requiredInt("line").filter(l -> positiveLine(fields, l));
    Optional<String> note = fields.optionalText("note");
    checkYears(fields, baseValue, baseYear, targetYear);
    Optional<BigDecimal> factor = Units.targetFactor(fields, kind, unit, indicator);
    if (id.isEmpty()
        || indicator.isEmpty()
        || region.isEmpty()
        || kind.isEmpty()
        || comparator.isEmpty()
        || value.isEmpty()
        || (fields.has("baseValue") && baseValue.isEmpty())
        || (fields.has("baseYear") && baseYear.isEmpty())
        || targetYear.isEmpty()
        || attribute.isEmpty()
        || soft.isEmpty()
        || line.isEmpty()
        || document.isEmpty()
        || factor.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal scale = factor.get();
    boolean percentKind = Units.PERCENT_KINDS.contains(kind.get());
    return Optional.of(
        new PlanTarget(
            id.get(),
            indicator.get().code(),
            region.get(),
            kind.get(),
            comparator.get(),
            value.get().multiply(scale).doubleValue(),
            baseValue.map(b -> (percentKind ? b : b.multiply(scale)).doubleValue()).orElse(null),
            baseYear.orElse(null),
            targetYear.get(),
            attribute.get(),
            soft.get(),
            new SourceRef(document.get(), line.get()),
            note.orElse(null)));
  }

  private boolean uniqueId(Fields fields, String id) {
    if (!ID.matcher(id).matches()) {
      fields.error(
          "id",
          "'" + id + "' is not a target id; use lower case, digits, _ . -, e.g. hunnan_gdp_2025");
      return false;
    }
    String here = fields.file() + " line " + fields.line("id");
    String earlier = whereIsId.putIfAbsent(id, here);
    if (earlier != null) {
      fields.error("id", "duplicate target id " + id + "; already defined in " + earlier);
      return false;
    }
    return true;
  }

  private Optional<Indicator> indicator(Fields fields) {
    Optional<String> code = fields.requiredText("indicator");
    if (code.isEmpty()) {
      return Optional.empty();
    }
    if (!indicators.defines(code.get()) && indicators.readable()) {
      fields.error(
          "indicator",
          "unknown indicator '" + code.get() + "'; define it in " + IndicatorsFile.FILE);
      return Optional.empty();
    }
    return Optional.ofNullable(indicators.indicators().get(code.get()));
  }

  private boolean knownRegion(Fields fields, String code) {
    if (regionDefined.test(code)) {
      return true;
    }
    if (!regionsReadable) {
      return false;
    }
    fields.error("region", "unknown region '" + code + "'; define it in " + RegionsFile.FILE);
    return false;
  }

  private static boolean inRange(Fields fields, String field, int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      fields.error(field, "year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR);
      return false;
    }
    return true;
  }

  private static boolean positiveLine(Fields fields, int line) {
    if (line < 1) {
      fields.error(
          "line", "line " + line + " is not a line of the plan document; lines start at 1");
      return false;
    }
    return true;
  }

  private static void checkYears(
      Fields fields,
      Optional<BigDecimal> baseValue,
      Optional<Integer> baseYear,
      Optional<Integer> targetYear) {
    if (baseYear.isPresent() && targetYear.isPresent() && targetYear.get() <= baseYear.get()) {
      fields.error(
          "targetYear",
          "targetYear "
              + targetYear.get()
              + " must be after baseYear "
              + baseYear.get()
              + " (the pace runs from the base year to the target year)");
    }
    if (baseValue.isPresent() && !fields.has("baseYear")) {
      fields.error("baseValue", "baseValue needs baseYear, the year the base figure is for");
    }
  }
}
