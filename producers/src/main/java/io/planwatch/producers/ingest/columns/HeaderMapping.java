package io.planwatch.producers.ingest.columns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which header of a file holds which {@link Column}. Several headers may name the same column (地区
 * and 地区代码): readers then take the first cell that is not blank. A mapping serves the rows of one
 * file on one thread.
 */
public final class HeaderMapping {
  private static final int[] NONE = new int[0];

  private final List<String> header;
  private final Map<Column, List<Integer>> indices;
  private final List<String> ignored;
  private final List<Column> missing;
  // The same as indices, searched by identity, then by key (equal columns share it): a row looks
  // up every column, and columns are constants, so a scan of a dozen references beats hashing.
  private final Column[] mapped;
  private final int[][] mappedIndices;
  // Columns looked up that are not in mapped by identity (absent, or an equal copy), by identity.
  private Column[] resolved = new Column[0];
  private int[][] resolvedIndices = new int[0][];
  private int resolvedCount;

  private HeaderMapping(
      List<String> header,
      Map<Column, List<Integer>> indices,
      List<String> ignored,
      List<Column> missing) {
    this.header = List.copyOf(header);
    this.indices = indices;
    this.ignored = List.copyOf(ignored);
    this.missing = List.copyOf(missing);
    this.mapped = indices.keySet().toArray(Column[]::new);
    this.mappedIndices = new int[mapped.length][];
    for (int i = 0; i < mapped.length; i++) {
      mappedIndices[i] = indices.get(mapped[i]).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** The header indices of a column, none if the file lacks it. */
  private int[] indicesOf(Column column) {
    for (int i = 0; i < mapped.length; i++) {
      if (mapped[i] == column) {
        return mappedIndices[i];
      }
    }
    for (int i = 0; i < resolvedCount; i++) {
      if (resolved[i] == column) {
        return resolvedIndices[i];
      }
    }
    int[] found = NONE;
    for (int i = 0; i < mapped.length; i++) {
      if (mapped[i].key().equals(column.key())) {
        found = mappedIndices[i];
        break;
      }
    }
    remember(column, found);
    return found;
  }

  /**
   * Remembers by identity a column found by key or not at all: a file without an optional column
   * (most lack 来源) would otherwise compare every key again on every row.
   */
  private void remember(Column column, int[] found) {
    if (resolvedCount == resolved.length) {
      resolved = Arrays.copyOf(resolved, resolvedCount * 2 + 4);
      resolvedIndices = Arrays.copyOf(resolvedIndices, resolved.length);
    }
    resolvedIndices[resolvedCount] = found;
    resolved[resolvedCount] = column;
    resolvedCount++;
  }

  /** Maps a header row against the given columns. */
  public static HeaderMapping of(List<String> header, List<Column> columns) {
    Map<String, Column> byAlias = new HashMap<>();
    for (Column column : columns) {
      for (String alias : column.aliases()) {
        Column previous = byAlias.put(HeaderText.normalise(alias), column);
        if (previous != null && previous != column) {
          throw new IllegalStateException(
              "alias " + alias + " names both " + previous.key() + " and " + column.key());
        }
      }
    }
    Map<Column, List<Integer>> indices = new LinkedHashMap<>();
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String text = header.get(i);
      Column column = byAlias.get(HeaderText.normalise(text));
      if (column != null) {
        indices.computeIfAbsent(column, c -> new ArrayList<>()).add(i);
      } else if (text != null && !text.isBlank()) {
        ignored.add(text.trim());
      }
    }
    List<Column> missing = new ArrayList<>();
    for (Column column : columns) {
      if (column.required() && !indices.containsKey(column)) {
        missing.add(column);
      }
    }
    return new HeaderMapping(header, indices, ignored, missing);
  }

  /** How many of the given header cells name a known column (used to find the header row). */
  public static int score(List<String> cells, List<Column> columns) {
    HeaderMapping mapping = of(cells, columns);
    return mapping.indices.size();
  }

  /** The header cells as in the file. */
  public List<String> header() {
    return header;
  }

  /** Whether the file has this column. */
  public boolean has(Column column) {
    return indices.containsKey(column);
  }

  /** Required columns the file lacks. */
  public List<Column> missing() {
    return missing;
  }

  /** Headers that name no known column (reported, never used). */
  public List<String> ignored() {
    return ignored;
  }

  /** The first non-blank cell of this column in a row, with the header it came from. */
  public Optional<Cell> cell(List<String> row, Column column) {
    return Optional.ofNullable(filledCell(row, column));
  }

  /** The first non-blank cell of this column in a row, or null: {@link #cell} for hot paths. */
  public Cell filledCell(List<String> row, Column column) {
    for (int index : indicesOf(column)) {
      String value = text(row, index);
      if (!value.isBlank()) {
        return new Cell(header.get(index), value);
      }
    }
    return null;
  }

  /** Every cell of this column in a row (one per header naming it), blank ones included. */
  public List<Cell> cells(List<String> row, Column column) {
    int[] found = indicesOf(column);
    if (found.length == 1) {
      int index = found[0];
      return List.of(new Cell(header.get(index), text(row, index)));
    }
    List<Cell> cells = new ArrayList<>(found.length);
    for (int index : found) {
      cells.add(new Cell(header.get(index), text(row, index)));
    }
    return cells;
  }

  private static String text(List<String> row, int index) {
    String value = index < row.size() ? row.get(index) : "";
    // String.trim returns the same string, no copy, when there is nothing to trim.
    return value == null ? "" : value.trim();
  }

  /** The header text naming a column in this file, or the column key if it has none. */
  public String headerOf(Column column) {
    List<Integer> found = indices.get(column);
    return found == null ? column.key() : header.get(found.get(0));
  }

  /**
   * A cell's text and the header it sits under.
   *
   * @param header the header as written in the file
   * @param text the cell, trimmed
   */
  public record Cell(String header, String text) {
    /** Whether the cell is empty or only blanks. */
    public boolean isBlank() {
      return text.isBlank();
    }

    /** The unit written in brackets in the header, if any. */
    public Optional<String> headerUnit() {
      return HeaderText.unitHint(header);
    }
  }
}
