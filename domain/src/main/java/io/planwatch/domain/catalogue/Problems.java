package io.planwatch.domain.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the errors of one load. Reports come out grouped by file (in the order the files were
 * first seen) and sorted by line within a file, so the report reads like the files.
 */
final class Problems {

  private final Map<String, Integer> fileOrder = new LinkedHashMap<>();
  private final List<CatalogueError> errors = new ArrayList<>();

  /** Registers a file so that its errors sort in the order files were read. */
  void file(String file) {
    fileOrder.putIfAbsent(file, fileOrder.size());
  }

  void add(String file, int line, String field, String message) {
    file(file);
    errors.add(new CatalogueError(file, line, field, message));
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  List<CatalogueError> sorted() {
    List<CatalogueError> sorted = new ArrayList<>(errors);
    sorted.sort(
        Comparator.comparingInt((CatalogueError e) -> fileOrder.get(e.file()))
            .thenComparingInt(CatalogueError::line));
    return List.copyOf(sorted);
  }
}
