package io.planwatch.producers.cli;

/** Exit codes of every command, documented in docs/cli-producers.md. */
final class ExitCodes {
  /** Everything was published (or had been before). */
  static final int OK = 0;

  /** Input was invalid (a file rejected, a catalogue with errors) or a transaction aborted. */
  static final int INVALID = 1;

  /** The broker or the schema registry could not be reached. */
  static final int UNREACHABLE = 2;

  /** The command line itself was wrong (unknown option, missing file argument). */
  static final int USAGE = 64;

  private ExitCodes() {}
}
