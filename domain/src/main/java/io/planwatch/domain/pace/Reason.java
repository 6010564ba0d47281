package io.planwatch.domain.pace;

import java.util.Objects;

/**
 * Why a value could not be computed: a stable code plus the specifics (which target, which year,
 * which number).
 *
 * @param code the stable code
 * @param detail the specifics, in English, e.g. {@code "target gdp-2025, base value -3.0"}
 */
public record Reason(ReasonCode code, String detail) {
  public Reason {
    Objects.requireNonNull(code, "code");
    detail = detail == null ? "" : detail;
  }

  /** English message: the code's message and the detail. */
  public String messageEn() {
    return detail.isEmpty() ? code.messageEn() : code.messageEn() + " (" + detail + ")";
  }

  /** Chinese message: the code's message and the detail. */
  public String messageZh() {
    return detail.isEmpty() ? code.messageZh() : code.messageZh() + "（" + detail + "）";
  }
}
