package io.planwatch.producers.ingest.columns;

import java.util.List;
import java.util.stream.Collectors;

/** Renders a column table as Markdown for the README, from the same tables the readers use. */
public final class ColumnDocs {
  private ColumnDocs() {}

  /** A Markdown table: column key, required, accepted headers, meaning. */
  public static String markdown(List<Column> columns) {
    StringBuilder out = new StringBuilder();
    out.append("| column | required | headers accepted | meaning |\n");
    out.append("|---|---|---|---|\n");
    for (Column column : columns) {
      out.append("| `")
          .append(column.key())
          .append("` | ")
          .append(column.required() ? "yes" : "no")
          .append(" | ")
          .append(column.aliases().stream().collect(Collectors.joining(", ")))
          .append(" | ")
          .append(column.description().replace("|", "\\|"))
          .append(" |\n");
    }
    return out.toString();
  }
}
