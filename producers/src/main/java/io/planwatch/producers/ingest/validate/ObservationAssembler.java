package io.planwatch.producers.ingest.validate;

import static io.planwatch.producers.ingest.columns.ObservationColumns.ACTION;
import static io.planwatch.producers.ingest.columns.ObservationColumns.INDICATOR;
import static io.planwatch.producers.ingest.columns.ObservationColumns.MEASURE;
import static io.planwatch.producers.ingest.columns.ObservationColumns.PERIOD;
import static io.planwatch.producers.ingest.columns.ObservationColumns.PRICE_BASIS;
import static io.planwatch.producers.ingest.columns.ObservationColumns.PUBLISHED;
import static io.planwatch.producers.ingest.columns.ObservationColumns.REGION;
import static io.planwatch.producers.ingest.columns.ObservationColumns.RELEASE_ID;
import static io.planwatch.producers.ingest.columns.ObservationColumns.REVISION;
import static io.planwatch.producers.ingest.columns.ObservationColumns.SOURCE;
import static io.planwatch.producers.ingest.columns.ObservationColumns.STATUS;
import static io.planwatch.producers.ingest.columns.ObservationColumns.UNIT;
import static io.planwatch.producers.ingest.columns.ObservationColumns.UNIT_MULT;
import static io.planwatch.producers.ingest.columns.ObservationColumns.VALUE;
import static io.planwatch.producers.ingest.columns.ObservationColumns.YEAR;

import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.ObservationStatus;
import io.planwatch.domain.model.PriceBasis;
import io.planwatch.domain.model.Region;
import io.planwatch.producers.ingest.RecordSink;
import io.planwatch.producers.ingest.ReferenceData;
import io.planwatch.producers.ingest.columns.HeaderMapping.Cell;
import io.planwatch.producers.ingest.columns.HeaderText;
import io.planwatch.producers.ingest.columns.ObservationColumns;
import io.planwatch.producers.ingest.normalize.DateTimes;
import io.planwatch.producers.ingest.normalize.InvalidValueException;
import io.planwatch.producers.ingest.normalize.NumberParser;
import io.planwatch.producers.ingest.normalize.ParsedPeriod;
import io.planwatch.producers.ingest.normalize.PeriodParser;
import io.planwatch.producers.ingest.normalize.Problem;
import io.planwatch.producers.ingest.normalize.UnitConverter;
import io.planwatch.producers.ingest.normalize.Vocabulary;
import io.planwatch.producers.ingest.read.RowStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Turns one row of a release into an {@link Observation}, checking every cell. */
public final class ObservationAssembler {
  private final FileDefaults defaults;
  private final ReferenceLookup<Indicator> indicators;
  private final ReferenceLookup<Region> regions;
  // Per distinct cell text, for this file: bureau files repeat these on every row.
  private final Map<Integer, PerValue<ParsedPeriod>> periods = new HashMap<>();
  private final PerValue<Integer> years = PerValue.of(ObservationAssembler::year);
  private final PerValue<Measure> measures = PerValue.of(Vocabulary.MEASURES::parse);
  private final PerValue<Integer> unitMultipliers =
      PerValue.of(ObservationAssembler::unitMultiplier);
  private final PerValue<PriceBasis> priceBases = PerValue.of(Vocabulary.PRICE_BASES::parse);
  private final PerValue<ObservationStatus> statuses = PerValue.of(Vocabulary.STATUSES::parse);
  private final PerValue<Integer> revisions = PerValue.of(ObservationAssembler::revision);
  private final PerValue<Instant> publishedTimes = PerValue.of(DateTimes::instant);
  private final PerValue<String> actions = PerValue.of(ObservationAssembler::action);
  private final PerValue<Optional<String>> unitHints = PerValue.of(HeaderText::unitHint);
  // Conversions to a target unit, by target, for levels and for growth rates.
  private final Map<String, PerValue<UnaryOperator<BigDecimal>>> levelConversions = new HashMap<>();
  private final Map<String, PerValue<UnaryOperator<BigDecimal>>> growthConversions =
      new HashMap<>();
  // Per-file numbers of indicator and region codes, in order of first appearance, for packed keys.
  private int indicatorCount;
  private int regionCount;
  private final PerValue<Integer> indicatorNumbers = PerValue.of(code -> indicatorCount++);
  private final PerValue<Integer> regionNumbers = PerValue.of(code -> regionCount++);
  // The latest month a figure may be for: read once per file, not once per row.
  private final YearMonth now;

  public ObservationAssembler(ReferenceData reference, FileDefaults defaults) {
    this.defaults = defaults;
    this.indicators = ReferenceLookup.indicators(INDICATOR, reference);
    this.regions = ReferenceLookup.regions(REGION, reference);
    this.now = YearMonth.now(defaults.clock().withZone(DateTimes.SHANGHAI));
  }

  /** The measures an indicator may be reported in: its own, and growth for levels. */
  public static Set<Measure> validMeasures(Indicator indicator) {
    return switch (indicator.measure()) {
      case YTD_LEVEL, PERIOD_LEVEL -> EnumSet.of(indicator.measure(), Measure.YTD_GROWTH);
      case YTD_GROWTH, RATE -> EnumSet.of(indicator.measure());
    };
  }

  /** The unit a figure is normalised to: percent for growth of a level, else the indicator's. */
  public static String unitFor(Indicator indicator, Measure measure) {
    return measure == Measure.YTD_GROWTH && indicator.measure() != Measure.YTD_GROWTH
        ? "%"
        : indicator.unit();
  }

  /**
   * Checks every row of a release as it is read, handing the valid rows' records to {@code sink}.
   */
  public FileValidator.Outcome validate(RowStream rows, RecordSink<? super Observation> sink) {
    return FileValidator.validate(
        defaults.fileName(),
        rows,
        ObservationColumns.ALL,
        this::assemble,
        DuplicateIndex.packing(
            "indicator|region|period|measure|revision",
            o ->
                FileValidator.key(
                    o.indicatorCode(), o.regionCode(), o.period(), o.measure(), o.revision()),
            this::packedKey),
        sink);
  }

  /**
   * An observation's duplicate key in one long: per-file numbers of its indicator (16 bits) and
   * region (16 bits), months since year 0 (17 bits), measure (2 bits), revision (12 bits).
   */
  private long packedKey(Observation o) {
    int indicator = indicatorNumbers.apply(o.indicatorCode());
    int region = regionNumbers.apply(o.regionCode());
    int months = o.period().year() * 12 + o.period().month() - 1;
    int measure = o.measure().ordinal();
    if (indicator >= 1 << 16
        || region >= 1 << 16
        || months < 0
        || months >= 1 << 17
        || measure >= 1 << 2
        || o.revision() < 0
        || o.revision() >= 1 << 12) {
      return DuplicateIndex.UNPACKED;
    }
    return (long) indicator << 47
        | (long) region << 31
        | (long) months << 14
        | (long) measure << 12
        | o.revision();
  }

  Observation assemble(RowContext row) {
    Indicator indicator = indicators.resolve(row);
    Region region = regions.resolve(row);
    Integer year = row.optional(YEAR, years);
    ParsedPeriod period =
        row.required(PERIOD, periods(year != null ? year : defaults.defaultYear()));
    Measure measure = row.optional(MEASURE, measures);
    NumberParser.Figure value = row.required(VALUE, NumberParser::parseFigure);
    Integer unitMult = row.optional(UNIT_MULT, unitMultipliers);
    PriceBasis priceBasis = row.optional(PRICE_BASIS, priceBases);
    ObservationStatus status = row.optional(STATUS, statuses);
    Integer revision = row.optional(REVISION, revisions);
    Instant published = row.optional(PUBLISHED, publishedTimes);
    String releaseId = row.cell(RELEASE_ID).map(Cell::text).orElse(defaults.releaseId());
    String source = row.cell(SOURCE).map(Cell::text).orElse(defaults.source());
    row.optional(ACTION, actions);
    Frequency frequency = period == null ? null : checkPeriod(row, period, indicator);
    if (indicator == null) {
      return null;
    }
    Measure reported = measure == null ? indicator.measure() : measure;
    if (!validMeasures(indicator).contains(reported)) {
      Cell cell = row.cell(MEASURE).orElseThrow();
      row.error(
          cell, Problem.INVALID_MEASURE, indicator.code() + " takes " + validMeasures(indicator));
      return null;
    }
    // The unit is checked even when the value is bad, so that a row reports both.
    BigDecimal normalised = convert(row, indicator, reported, value, unitMult);
    if (row.hasErrors()) {
      return null;
    }
    int rev = revision == null ? 0 : revision;
    return new Observation(
        indicator.code(),
        region.code(),
        period.period(),
        reported,
        normalised.doubleValue(),
        unitFor(indicator, reported),
        priceBasis == null ? indicator.priceBasis() : priceBasis,
        frequency,
        status != null
            ? status
            : rev > 0 ? ObservationStatus.REVISED : ObservationStatus.PROVISIONAL,
        releaseId,
        rev,
        published == null ? defaults.publishedAt() : published,
        source);
  }

  private Frequency checkPeriod(RowContext row, ParsedPeriod period, Indicator indicator) {
    int year = period.period().year();
    int month = period.period().month();
    if (year > now.getYear() || year == now.getYear() && month > now.getMonthValue()) {
      row.error(row.cell(PERIOD).orElseThrow(), Problem.FUTURE_PERIOD, "now is " + now);
      return null;
    }
    if (indicator == null) {
      return period.frequency();
    }
    Frequency wanted = indicator.frequency();
    boolean fits =
        switch (wanted) {
          case ANNUAL -> month == 12;
          case QUARTERLY -> month % 3 == 0;
          case MONTHLY -> true;
        };
    if (!fits) {
      row.error(
          row.cell(PERIOD).orElseThrow(),
          Problem.FREQUENCY_MISMATCH,
          indicator.code() + " is " + wanted);
      return null;
    }
    return wanted == Frequency.MONTHLY ? period.frequency() : wanted;
  }

  /**
   * The figure in the unit wanted, or null after recording why not. A bad value (null) is converted
   * as 1, so that a bad unit is reported too. The result is within a double's range.
   */
  private BigDecimal convert(
      RowContext row,
      Indicator indicator,
      Measure measure,
      NumberParser.Figure value,
      Integer unitMult) {
    Optional<Cell> unitCell = row.cell(UNIT);
    Cell valueCell = row.cell(VALUE).orElseGet(() -> row.firstCell(VALUE));
    String target = unitFor(indicator, measure);
    String sign = value == null ? null : value.unit();
    if (sign != null
        && unitCell.isPresent()
        && !UnitConverter.canonical(unitCell.get().text()).equals(sign)) {
      row.error(
          valueCell,
          Problem.COLUMNS_DISAGREE,
          "the figure is in " + sign + ", the unit column says " + unitCell.get().text());
      return null;
    }
    // The unit cell, else the figure's sign, else a unit in the value's header, else one in the
    // indicator's name.
    String unit =
        unitCell
            .map(Cell::text)
            .or(() -> Optional.ofNullable(sign))
            .or(() -> unitHint(valueCell.header()))
            .or(() -> row.cell(INDICATOR).flatMap(c -> unitHint(c.text())))
            .orElse(target);
    BigDecimal number = value == null ? BigDecimal.ONE : value.value();
    BigDecimal scaled = unitMult == null ? number : number.movePointRight(unitMult);
    BigDecimal converted;
    try {
      converted = conversion(target, measure == Measure.YTD_GROWTH).apply(unit).apply(scaled);
    } catch (InvalidValueException e) {
      Cell blamed = unitCell.orElse(valueCell);
      row.error(blamed.header(), blamed.text(), e.problem(), e.detail());
      return null;
    }
    return value == null || row.fits(valueCell, converted, target) ? converted : null;
  }

  private PerValue<ParsedPeriod> periods(Integer year) {
    return periods.computeIfAbsent(year, y -> PerValue.of(text -> PeriodParser.parse(text, y)));
  }

  private Optional<String> unitHint(String text) {
    return unitHints.apply(text);
  }

  /** The conversions to a target unit, by the unit a figure is written in. */
  private PerValue<UnaryOperator<BigDecimal>> conversion(String target, boolean growth) {
    return (growth ? growthConversions : levelConversions)
        .computeIfAbsent(
            target, key -> PerValue.of(unit -> UnitConverter.conversion(unit, target, growth)));
  }

  private static String action(String text) {
    String action = text.trim().toUpperCase(Locale.ROOT);
    if (action.equals("D") || action.equals("DELETE")) {
      throw new InvalidValueException(Problem.UNSUPPORTED_ACTION, "publish a revision instead");
    }
    return action;
  }

  private static Integer year(String text) {
    String digits = text.replace("年", "").trim();
    if (!digits.matches("\\d{4}")) {
      throw new InvalidValueException(Problem.UNPARSABLE_PERIOD, "a year is four digits");
    }
    return Integer.parseInt(digits);
  }

  private static Integer unitMultiplier(String text) {
    BigDecimal mult = NumberParser.parse(text);
    if (mult.stripTrailingZeros().scale() > 0 || mult.abs().compareTo(BigDecimal.valueOf(18)) > 0) {
      throw new InvalidValueException(Problem.UNPARSABLE_NUMBER, "UNIT_MULT is a power of ten");
    }
    return mult.intValue();
  }

  private static Integer revision(String text) {
    BigDecimal number;
    try {
      number = NumberParser.parse(text);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(Problem.INVALID_REVISION, "a whole number from 0");
    }
    if (number.signum() < 0
        || number.stripTrailingZeros().scale() > 0
        || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw new InvalidValueException(Problem.INVALID_REVISION, "a whole number from 0");
    }
    return number.intValueExact();
  }
}
