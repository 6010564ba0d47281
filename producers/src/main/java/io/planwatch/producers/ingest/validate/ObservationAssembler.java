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
import io.planwatch.producers.ingest.read.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Turns one row of a release into an {@link Observation}, checking every cell. */
public final class ObservationAssembler {
  private final ReferenceData reference;
  private final FileDefaults defaults;

  public ObservationAssembler(ReferenceData reference, FileDefaults defaults) {
    this.reference = reference;
    this.defaults = defaults;
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

  /** Checks every row of a release table. */
  public FileValidator.Outcome<Observation> validate(Table table) {
    return FileValidator.validate(
        defaults.fileName(),
        table,
        ObservationColumns.ALL,
        this::assemble,
        o ->
            FileValidator.key(
                o.indicatorCode(), o.regionCode(), o.period(), o.measure(), o.revision()),
        "indicator|region|period|measure|revision");
  }

  Observation assemble(RowContext row) {
    Indicator indicator =
        ReferenceLookup.resolve(
            row,
            INDICATOR,
            reference::indicator,
            reference::isAmbiguous,
            Indicator::code,
            Problem.UNKNOWN_INDICATOR);
    Region region = ReferenceLookup.region(row, REGION, reference);
    Integer year = row.optional(YEAR, ObservationAssembler::year);
    ParsedPeriod period =
        row.required(
            PERIOD, text -> PeriodParser.parse(text, year != null ? year : defaults.defaultYear()));
    Measure measure = row.optional(MEASURE, Vocabulary.MEASURES::parse);
    BigDecimal value = row.required(VALUE, NumberParser::parse);
    Integer unitMult = row.optional(UNIT_MULT, ObservationAssembler::unitMultiplier);
    PriceBasis priceBasis = row.optional(PRICE_BASIS, Vocabulary.PRICE_BASES::parse);
    ObservationStatus status = row.optional(STATUS, Vocabulary.STATUSES::parse);
    Integer revision = row.optional(REVISION, ObservationAssembler::revision);
    Instant published = row.optional(PUBLISHED, DateTimes::instant);
    String releaseId = row.cell(RELEASE_ID).map(Cell::text).orElse(defaults.releaseId());
    row.optional(ACTION, ObservationAssembler::action);
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
    BigDecimal normalised =
        convert(row, indicator, reported, value == null ? BigDecimal.ONE : value, unitMult);
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
        defaults.source());
  }

  private Frequency checkPeriod(RowContext row, ParsedPeriod period, Indicator indicator) {
    Cell cell = row.cell(PERIOD).orElseThrow();
    YearMonth now = YearMonth.now(defaults.clock().withZone(DateTimes.SHANGHAI));
    if (YearMonth.of(period.period().year(), period.period().month()).isAfter(now)) {
      row.error(cell, Problem.FUTURE_PERIOD, "now is " + now);
      return null;
    }
    if (indicator == null) {
      return period.frequency();
    }
    int month = period.period().month();
    Frequency wanted = indicator.frequency();
    boolean fits =
        switch (wanted) {
          case ANNUAL -> month == 12;
          case QUARTERLY -> month % 3 == 0;
          case MONTHLY -> true;
        };
    if (!fits) {
      row.error(cell, Problem.FREQUENCY_MISMATCH, indicator.code() + " is " + wanted);
      return null;
    }
    return wanted == Frequency.MONTHLY ? period.frequency() : wanted;
  }

  private BigDecimal convert(
      RowContext row, Indicator indicator, Measure measure, BigDecimal value, Integer unitMult) {
    Optional<Cell> unitCell = row.cell(UNIT);
    Cell valueCell = row.cell(VALUE).orElse(row.firstCell(VALUE));
    String target = unitFor(indicator, measure);
    Optional<String> unitInName = row.cell(INDICATOR).flatMap(c -> HeaderText.unitHint(c.text()));
    String unit =
        unitCell.map(Cell::text).or(valueCell::headerUnit).or(() -> unitInName).orElse(target);
    BigDecimal scaled = unitMult == null ? value : value.movePointRight(unitMult);
    try {
      return UnitConverter.convert(scaled, unit, target, measure == Measure.YTD_GROWTH);
    } catch (InvalidValueException e) {
      Cell blamed = unitCell.orElse(valueCell);
      row.error(blamed.header(), blamed.text(), e.problem(), e.detail());
      return null;
    }
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
    if (mult.stripTrailingZeros().scale() > 0 || mult.abs().intValue() > 18) {
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
    if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
      throw new InvalidValueException(Problem.INVALID_REVISION, "a whole number from 0");
    }
    return number.intValueExact();
  }
}
