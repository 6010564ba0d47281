package io.planwatch.domain.pace;

import java.util.Objects;

/**
 * An annual milestone A_y, or the reason it could not be resolved. Exactly one of {@link #value()}
 * and {@link #reason()} is non-null.
 *
 * @param value A_y in the indicator's unit (a growth or reduction rate in %), or null
 * @param basis how it was obtained, or null when unresolved
 * @param sourceTargetId the target it came from (the annual-plan target when one wins), or null
 * @param reason why it could not be resolved, or null
 */
public record MilestoneResult(
    Double value, MilestoneBasis basis, String sourceTargetId, Reason reason) {
  public MilestoneResult {
    if ((value == null) == (reason == null)) {
      throw new IllegalArgumentException("exactly one of value and reason must be set");
    }
    if (value != null) {
      Objects.requireNonNull(basis, "basis");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("milestone must be finite: " + value);
      }
    }
  }

  /** A resolved milestone. */
  public static MilestoneResult of(double value, MilestoneBasis basis, String sourceTargetId) {
    return new MilestoneResult(value, basis, sourceTargetId, null);
  }

  /** An unresolved milestone. */
  public static MilestoneResult unresolved(ReasonCode code, String detail) {
    return new MilestoneResult(null, null, null, new Reason(code, detail));
  }

  public boolean isResolved() {
    return value != null;
  }
}
