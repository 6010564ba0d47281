package io.planwatch.domain.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code index.yaml}, the list of target files. The classpath cannot list a directory inside
 * a jar, so a shipped catalogue names its files here; on disk the index is checked against the
 * {@code targets/} directory so that no file is forgotten in either.
 */
final class IndexFile {

  static final String FILE = "index.yaml";

  private static final List<String> TOP = List.of("targets");

  private IndexFile() {}

  /** The target files listed, each with its line; malformed entries are reported and skipped. */
  static List<Fields.Located> read(YamlNode root, Problems problems) {
    List<Fields.Located> files = new ArrayList<>();
    Optional<Fields> top = Fields.of(FILE, root, problems, "index", TOP);
    if (top.isEmpty()) {
      return files;
    }
    if (!top.get().has("targets")) {
      top.get().error("targets", "missing required list 'targets:' of the target files");
      return files;
    }
    Set<String> seen = new HashSet<>();
    for (Fields.Located entry : top.get().textList("targets")) {
      String path = entry.text();
      if (!path.matches(CatalogueLoader.TARGETS_DIR + "/[^/\\\\]+\\.yaml") || path.contains("..")) {
        problems.add(
            FILE,
            entry.line(),
            "targets",
            "'"
                + path
                + "' is not a target file path; write targets/<name>.yaml, relative to the"
                + " catalogue");
      } else if (!seen.add(path)) {
        problems.add(FILE, entry.line(), "targets", "'" + path + "' is listed twice");
      } else {
        files.add(entry);
      }
    }
    return files;
  }
}
