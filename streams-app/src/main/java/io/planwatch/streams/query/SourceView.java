package io.planwatch.streams.query;

import io.planwatch.avro.SourceRef;

/** Where a target comes from: the plan document and the line in it. */
record SourceView(String document, int line) {

  static SourceView of(final SourceRef source) {
    return source == null ? null : new SourceView(source.getDocument(), source.getLine());
  }
}
