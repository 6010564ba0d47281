package io.planwatch.domain.model;

/** How serious an alert is: weighs the shortfall and the attribute (binding above expected). */
public enum AlertSeverity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
