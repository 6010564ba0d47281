package io.planwatch.domain.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A project milestone: its planned date and, once reported, its actual date.
 *
 * @param type which milestone
 * @param plannedDate the planned date, or null if the plan gives none
 * @param actualDate the reported date, or null if not reached (yet)
 */
public record Milestone(MilestoneType type, LocalDate plannedDate, LocalDate actualDate) {
  public Milestone {
    Objects.requireNonNull(type, "type");
  }
}
