package io.planwatch.producers.ingest.normalize;

/** A cell that cannot be read, with the problem and a detail for the report. */
public final class InvalidValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Problem problem;
  private final String detail;

  public InvalidValueException(Problem problem, String detail) {
    super(problem.reason(detail));
    this.problem = problem;
    this.detail = detail;
  }

  public InvalidValueException(Problem problem) {
    this(problem, null);
  }

  public Problem problem() {
    return problem;
  }

  public String detail() {
    return detail;
  }
}
