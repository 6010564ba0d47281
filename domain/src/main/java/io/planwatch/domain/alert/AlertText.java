package io.planwatch.domain.alert;

import java.util.Objects;

/** The bilingual text of an alert event, with the numbers in it. */
public record AlertText(String zh, String en) {
  public AlertText {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }
}
