package io.planwatch.producers.ingest.read;

import io.planwatch.producers.ingest.columns.Column;
import io.planwatch.producers.ingest.columns.HeaderMapping;
import java.util.List;
import java.util.Locale;

/**
 * Finds the header row under the title rows a spreadsheet or export often starts with (merged
 * "2022年1-6月主要经济指标" rows, blank rows), and recognises the notes rows it often ends with.
 */
final class HeaderFinder {
  /** How many leading rows may hold titles. */
  static final int MAX_TITLE_ROWS = 20;

  private static final List<String> NOTE_PREFIXES =
      List.of("注", "说明", "备注", "资料来源", "数据来源", "note", "source");

  private HeaderFinder() {}

  /**
   * The index of the header among the first rows: the first row that names the most known columns
   * (at least two); 0 when none does, so that the missing columns get reported.
   */
  static int find(List<List<String>> firstRows, List<Column> columns) {
    int best = 0;
    int bestScore = 1;
    for (int i = 0; i < firstRows.size() && i < MAX_TITLE_ROWS; i++) {
      int score = HeaderMapping.score(firstRows.get(i), columns);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  /** Whether a row has no text at all. */
  static boolean isBlank(List<String> cells) {
    for (String cell : cells) {
      if (cell != null && !cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a row is a single note (注: …, 数据来源: …) after the data, possibly merged across the
   * columns.
   */
  static boolean isNote(List<String> cells) {
    String filled = null;
    for (String cell : cells) {
      if (cell == null || cell.isBlank() || cell.equals(filled)) {
        continue;
      }
      if (filled != null) {
        return false; // two different texts: a data row
      }
      filled = cell;
    }
    if (filled == null) {
      return false;
    }
    String text = filled.trim().toLowerCase(Locale.ROOT);
    return NOTE_PREFIXES.stream().anyMatch(text::startsWith);
  }
}
