package io.planwatch.domain.model;

import java.util.Objects;

/**
 * One quantified target of a plan.
 *
 * @param id stable id, unique in the catalogue
 * @param indicatorCode the indicator it is about
 * @param regionCode the region (or zone) it is scoped to
 * @param kind what the target states
 * @param comparator how it is to be met
 * @param value the target figure, in the indicator's unit (a growth in %)
 * @param baseValue the base figure B where the plan gives one, else null
 * @param baseYear y0: the base year (plan period start − 1 for five-year plans, y − 1 for annual
 *     plans), else null
 * @param targetYear Y: the year the target applies to
 * @param attribute binding / expected, only where the plan states it
 * @param soft true for 力争/争取
 * @param source plan document and line
 * @param note ambiguities and disagreements between documents, verbatim context; may be null
 */
public record PlanTarget(
    String id,
    String indicatorCode,
    String regionCode,
    TargetKind kind,
    Comparator comparator,
    double value,
    Double baseValue,
    Integer baseYear,
    int targetYear,
    Attribute attribute,
    boolean soft,
    SourceRef source,
    String note) {
  public PlanTarget {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(indicatorCode, "indicatorCode");
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(source, "source");
  }

  /** True when the target is for a single year (an annual plan's target). */
  public boolean isAnnual() {
    return kind == TargetKind.ANNUAL_LEVEL || kind == TargetKind.ANNUAL_GROWTH;
  }
}
