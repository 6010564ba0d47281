package io.planwatch.domain.pace;

import io.planwatch.domain.model.Bands;
import io.planwatch.domain.model.PaceStatus;

/**
 * The one entry point of the pace model: milestone → expected position → deviation → status →
 * outlook (docs/architecture.md, Pace §1–5). A pure function: the same input always gives the same
 * evaluation; it never throws for a valid {@link PaceInput} and never returns NaN or Infinity.
 */
public final class PaceEngine {
  private PaceEngine() {}

  public static Evaluation evaluate(PaceInput in) {
    TrackedMeasure tracked = TrackedMeasure.of(in.target(), in.indicator());
    DeviationKind kind = tracked.deviationKind();
    Bands bands = TargetReading.bands(in.indicator(), kind);
    boolean higher = TargetReading.higherIsBetter(in.target(), in.indicator());
    MilestoneResult milestone =
        in.milestone() != null
            ? in.milestone()
            : MilestoneResolver.resolve(in.target(), in.sameIndicatorRegion(), in.year());
    Partial partial = new Partial(in, tracked, kind, bands, higher, milestone);

    if (in.latest().measure() != tracked.observationMeasure()) {
      return partial.notEvaluable(
          new Reason(
              ReasonCode.MEASURE_MISMATCH,
              "target "
                  + in.target().id()
                  + " is tracked on "
                  + tracked.observationMeasure()
                  + ", got "
                  + in.latest().measure()),
          null);
    }
    if (!milestone.isResolved()) {
      return partial.notEvaluable(milestone.reason(), null);
    }
    ExpectedPosition expected = ExpectedPosition.of(in, tracked, milestone.value(), higher);
    if (expected.value() == null) {
      return partial.notEvaluable(expected.reason(), expected);
    }
    if (!Double.isFinite(expected.value())) {
      return partial.notEvaluable(
          new Reason(ReasonCode.NON_FINITE_RESULT, "expected position of " + in.target().id()),
          expected);
    }
    double e = expected.value();
    double actual = in.latest().value();
    double deviation;
    if (kind == DeviationKind.RATIO) {
      if (!(e > 0)) {
        return partial.notEvaluable(
            new Reason(ReasonCode.NON_POSITIVE_EXPECTED, "target " + in.target().id() + ", E " + e),
            expected);
      }
      if (!higher && !(actual > 0)) {
        return partial.notEvaluable(
            new Reason(
                ReasonCode.NON_POSITIVE_ACTUAL,
                "target " + in.target().id() + ", actual " + actual),
            expected);
      }
      deviation = higher ? actual / e : e / actual;
    } else {
      deviation = higher ? actual - e : e - actual;
    }
    if (!Double.isFinite(deviation)) {
      return partial.notEvaluable(
          new Reason(ReasonCode.NON_FINITE_RESULT, "deviation of " + in.target().id()), expected);
    }
    PaceStatus status =
        StatusRule.status(
            deviation, kind, bands, in.target().comparator(), in.target().attribute());
    Outlook outlook = OutlookCalculator.of(in, tracked, milestone.value(), expected);
    return partial.evaluated(expected, deviation, status, outlook);
  }

  /** What is known before the expected position: shared by evaluable and non-evaluable results. */
  private record Partial(
      PaceInput in,
      TrackedMeasure tracked,
      DeviationKind kind,
      Bands bands,
      boolean higher,
      MilestoneResult milestone) {

    Evaluation notEvaluable(Reason reason, ExpectedPosition expected) {
      return build(expected, null, PaceStatus.NOT_EVALUABLE, Outlook.none(reason), reason);
    }

    Evaluation evaluated(
        ExpectedPosition expected, double deviation, PaceStatus status, Outlook outlook) {
      return build(expected, deviation, status, outlook, null);
    }

    private Evaluation build(
        ExpectedPosition expected,
        Double deviation,
        PaceStatus status,
        Outlook outlook,
        Reason reason) {
      Double e = expected == null ? null : expected.value();
      return new Evaluation(
          in.target(),
          in.indicator(),
          in.region(),
          in.latest().period(),
          in.latest().frequency(),
          tracked,
          in.latest().value(),
          e != null && Double.isFinite(e) ? e : null,
          milestone,
          kind,
          deviation,
          status,
          bands,
          higher,
          expected == null ? null : expected.seasonalBasis(),
          expected == null ? null : expected.share(),
          outlook,
          reason);
    }
  }
}
