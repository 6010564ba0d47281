package io.planwatch.streams.config;

import java.util.List;

/**
 * The configuration is unusable. Carries every problem found, one line each, so an operator fixes
 * them all in one go rather than one restart at a time.
 */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ConfigException(final List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem names the setting, where its value came from and what is wrong. */
  public List<String> problems() {
    return problems;
  }

  private static String message(final List<String> problems) {
    final StringBuilder text =
        new StringBuilder("Invalid configuration / 配置无效 (")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem):" : " problems):");
    problems.forEach(p -> text.append(System.lineSeparator()).append("  - ").append(p));
    return text.toString();
  }
}
