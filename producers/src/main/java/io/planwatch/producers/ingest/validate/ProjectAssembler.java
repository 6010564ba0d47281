package io.planwatch.producers.ingest.validate;

import static io.planwatch.producers.ingest.columns.ProjectColumns.CATEGORY;
import static io.planwatch.producers.ingest.columns.ProjectColumns.INVESTMENT_YTD;
import static io.planwatch.producers.ingest.columns.ProjectColumns.NAME;
import static io.planwatch.producers.ingest.columns.ProjectColumns.PLANNED_ANNUAL;
import static io.planwatch.producers.ingest.columns.ProjectColumns.PLANNED_TOTAL;
import static io.planwatch.producers.ingest.columns.ProjectColumns.PROJECT_ID;
import static io.planwatch.producers.ingest.columns.ProjectColumns.PUBLISHED;
import static io.planwatch.producers.ingest.columns.ProjectColumns.REGION;
import static io.planwatch.producers.ingest.columns.ProjectColumns.REPORT_DATE;
import static io.planwatch.producers.ingest.columns.ProjectColumns.STATUS;
import static io.planwatch.producers.ingest.columns.ProjectColumns.UNIT;
import static io.planwatch.producers.ingest.columns.ProjectColumns.UPDATE_ID;

import io.planwatch.domain.model.Milestone;
import io.planwatch.domain.model.MilestoneType;
import io.planwatch.domain.model.ProjectSizeClass;
import io.planwatch.domain.model.ProjectStatus;
import io.planwatch.domain.model.ProjectUpdate;
import io.planwatch.domain.model.Region;
import io.planwatch.producers.ingest.RecordSink;
import io.planwatch.producers.ingest.ReferenceData;
import io.planwatch.producers.ingest.columns.Column;
import io.planwatch.producers.ingest.columns.HeaderMapping.Cell;
import io.planwatch.producers.ingest.columns.ObservationColumns;
import io.planwatch.producers.ingest.columns.ProjectColumns;
import io.planwatch.producers.ingest.normalize.DateTimes;
import io.planwatch.producers.ingest.normalize.InvalidValueException;
import io.planwatch.producers.ingest.normalize.NumberParser;
import io.planwatch.producers.ingest.normalize.Problem;
import io.planwatch.producers.ingest.normalize.UnitConverter;
import io.planwatch.producers.ingest.normalize.Vocabulary;
import io.planwatch.producers.ingest.read.RowStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one row of a project-office report into a {@link ProjectUpdate}. Investment figures are
 * normalised to 亿元 from the report's unit ({@code 单位} column, a header's bracketed unit, else 亿元);
 * dates must not lie in the future.
 */
public final class ProjectAssembler {
  /** The unit of every investment figure in a {@link ProjectUpdate}. */
  public static final String INVESTMENT_UNIT = "亿元";

  private final ReferenceData reference;
  private final FileDefaults defaults;
  // The latest date a report may give: read once per file, not once per row.
  private final LocalDate today;
  private final ReferenceLookup<Region> regions;

  public ProjectAssembler(ReferenceData reference, FileDefaults defaults) {
    this.reference = reference;
    this.regions = ReferenceLookup.regions(REGION, reference);
    this.defaults = defaults;
    this.today = LocalDate.now(defaults.clock().withZone(DateTimes.SHANGHAI));
  }

  /**
   * Checks every row of a project report as it is read, handing valid rows' records to the sink.
   */
  public FileValidator.Outcome validate(RowStream rows, RecordSink<? super ProjectUpdate> sink) {
    return FileValidator.validate(
        defaults.fileName(),
        rows,
        ProjectColumns.ALL,
        this::assemble,
        DuplicateIndex.of(
            "project_id|report_date", u -> FileValidator.key(u.projectId(), u.reportDate())),
        sink);
  }

  ProjectUpdate assemble(RowContext row) {
    String projectId = row.required(PROJECT_ID, this::knownProject);
    String name = row.required(NAME, text -> text);
    Region region = regions.resolve(row);
    String category = row.cell(CATEGORY).map(Cell::text).orElse(null);
    String unit = row.cell(UNIT).map(Cell::text).orElse(INVESTMENT_UNIT);
    BigDecimal total = investment(row, PLANNED_TOTAL, unit, true);
    BigDecimal annual = investment(row, PLANNED_ANNUAL, unit, false);
    BigDecimal completed = investment(row, INVESTMENT_YTD, unit, true);
    ProjectStatus status = row.required(STATUS, Vocabulary.PROJECT_STATUSES::parse);
    LocalDate reportDate = row.required(REPORT_DATE, this::pastDate);
    Instant published = row.optional(PUBLISHED, DateTimes::instant);
    List<Milestone> milestones = milestones(row);
    if (row.hasErrors()) {
      return null;
    }
    String updateId =
        row.cell(UPDATE_ID)
            .map(Cell::text)
            .orElse(projectId + "@" + reportDate + "#" + defaults.releaseId());
    return new ProjectUpdate(
        projectId,
        name,
        region.code(),
        category,
        ProjectSizeClass.of(total.doubleValue()),
        total.doubleValue(),
        annual == null ? null : annual.doubleValue(),
        status,
        milestones,
        completed.doubleValue(),
        reportDate,
        updateId,
        published == null ? defaults.publishedAt() : published,
        row.cell(ObservationColumns.SOURCE).map(Cell::text).orElse(defaults.source()));
  }

  private String knownProject(String id) {
    Optional<Set<String>> known = reference.projectIds();
    if (known.isPresent() && !known.get().contains(id)) {
      throw new InvalidValueException(Problem.UNKNOWN_PROJECT);
    }
    return id;
  }

  private LocalDate pastDate(String text) {
    LocalDate date = DateTimes.date(text);
    if (date.isAfter(today)) {
      throw new InvalidValueException(Problem.FUTURE_DATE, "today is " + today);
    }
    return date;
  }

  private BigDecimal investment(RowContext row, Column column, String unit, boolean required) {
    BigDecimal value =
        required
            ? row.required(column, NumberParser::parse)
            : row.optional(column, NumberParser::parse);
    if (value == null) {
      return null;
    }
    Cell cell = row.cell(column).orElseThrow();
    String from = cell.headerUnit().orElse(unit);
    BigDecimal converted;
    try {
      converted = UnitConverter.convert(value, from, INVESTMENT_UNIT, false);
    } catch (InvalidValueException e) {
      Optional<Cell> unitCell = row.cell(UNIT);
      Cell blamed = cell.headerUnit().isPresent() || unitCell.isEmpty() ? cell : unitCell.get();
      row.error(blamed, e.problem(), e.detail());
      return null;
    }
    return row.fits(cell, converted, INVESTMENT_UNIT) ? converted : null;
  }

  private List<Milestone> milestones(RowContext row) {
    List<Milestone> milestones = new ArrayList<>();
    for (MilestoneType type : MilestoneType.values()) {
      LocalDate planned = row.optional(ProjectColumns.planned(type), DateTimes::date);
      LocalDate actual = row.optional(ProjectColumns.actual(type), this::pastDate);
      if (planned != null || actual != null) {
        milestones.add(new Milestone(type, planned, actual));
      }
    }
    return milestones;
  }
}
