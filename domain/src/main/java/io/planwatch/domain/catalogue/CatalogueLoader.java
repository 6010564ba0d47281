package io.planwatch.domain.catalogue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a plan catalogue (docs/catalogue-format.md) from a directory or from the classpath and
 * validates all of it in one pass: the result carries every error with file, line and field, or a
 * {@link Catalogue}. The {@code load…} methods refuse a catalogue with errors by throwing {@link
 * CatalogueValidationException}; the {@code validate…} methods return errors as data.
 */
public final class CatalogueLoader {

  /** Where the shipped catalogue lives on the classpath. */
  public static final String DEFAULT_ROOT = "catalogue";

  static final String TARGETS_DIR = "targets";

  private final CatalogueSource source;
  private final Problems problems = new Problems();

  private CatalogueLoader(CatalogueSource source) {
    this.source = source;
  }

  /** Validates the catalogue in {@code directory}; errors as data. */
  public static CatalogueResult validate(Path directory) {
    return new CatalogueLoader(CatalogueSource.directory(directory)).run();
  }

  /** Validates the catalogue under {@code root} on this class's classpath; errors as data. */
  public static CatalogueResult validateClasspath(String root) {
    return validateClasspath(root, CatalogueLoader.class.getClassLoader());
  }

  /** Validates the catalogue under {@code root} on the classpath of {@code loader}. */
  public static CatalogueResult validateClasspath(String root, ClassLoader loader) {
    return new CatalogueLoader(CatalogueSource.classpath(root, loader)).run();
  }

  /**
   * The catalogue in {@code directory}, or a {@link CatalogueValidationException} of all errors.
   */
  public static Catalogue load(Path directory) {
    return validate(directory).orThrow();
  }

  /** The catalogue under {@code root} on the classpath, or an exception listing all errors. */
  public static Catalogue loadClasspath(String root) {
    return validateClasspath(root).orThrow();
  }

  private CatalogueResult run() {
    problems.file(IndexFile.FILE);
    List<String> targetFiles = targetFiles();

    RegionRules regionRules = new RegionRules(problems);
    Optional<YamlNode> regionsRoot = parse(RegionsFile.FILE);
    RegionRules.Checked regions =
        regionRules.check(
            regionsRoot
                .map(root -> RegionsFile.read(root, problems))
                .orElseGet(() -> new RegionsFile.Content(List.of(), List.of())));

    IndicatorsFile indicators = new IndicatorsFile(problems);
    parse(IndicatorsFile.FILE).ifPresent(indicators::read);

    TargetsFiles targets =
        new TargetsFiles(problems, indicators, regionRules::defines, regionsRoot.isPresent());
    for (String file : targetFiles) {
      parse(file).ifPresent(root -> targets.read(file, root));
    }

    if (!problems.isEmpty()) {
      return CatalogueResult.invalid(source.describe(), problems.sorted());
    }
    return CatalogueResult.valid(
        source.describe(),
        new Catalogue(
            regions.regions(),
            regions.groups(),
            indicators.indicators(),
            targets.targets(),
            targets.titles(),
            regions.names(),
            indicators.names()));
  }

  /** The target files to read: the index's list, checked against the directory when listable. */
  private List<String> targetFiles() {
    Optional<List<String>> onDisk = listTargets();
    boolean indexExists = exists(IndexFile.FILE);
    if (!indexExists && (source.requiresIndex() || onDisk.isEmpty())) {
      problems.add(
          IndexFile.FILE,
          0,
          null,
          "missing; a catalogue on the classpath needs index.yaml listing its target files");
      return List.of();
    }
    Optional<YamlNode> index = indexExists ? parse(IndexFile.FILE) : Optional.empty();
    if (index.isEmpty()) {
      // No index on disk, or one that does not parse (reported): read what the folder holds.
      return onDisk.map(this::onlyYaml).orElse(List.of());
    }
    List<String> listed = new ArrayList<>();
    for (Fields.Located entry : IndexFile.read(index.get(), problems)) {
      if (exists(entry.text())) {
        listed.add(entry.text());
      } else {
        problems.add(
            IndexFile.FILE, entry.line(), "targets", "'" + entry.text() + "' does not exist");
      }
    }
    onDisk.ifPresent(
        files -> {
          Set<String> unlisted = new LinkedHashSet<>(onlyYaml(files));
          unlisted.removeAll(listed);
          for (String file : unlisted) {
            problems.add(
                file,
                0,
                null,
                "not listed in index.yaml; add it to the targets: list there (a catalogue on the"
                    + " classpath loads only listed files)");
          }
        });
    return listed;
  }

  private Optional<List<String>> listTargets() {
    try {
      return source.listTargets();
    } catch (IOException e) {
      problems.add(TARGETS_DIR, 0, null, "cannot list the directory: " + e.getMessage());
      return Optional.of(List.of());
    }
  }

  private List<String> onlyYaml(List<String> files) {
    List<String> yaml = new ArrayList<>();
    for (String file : files) {
      if (file.endsWith(".yaml")) {
        yaml.add(file);
      } else {
        problems.add(file, 0, null, "only *.yaml target files belong in targets/");
      }
    }
    return yaml;
  }

  private boolean exists(String file) {
    try {
      return source.read(file).isPresent();
    } catch (IOException e) {
      return false;
    }
  }

  private Optional<YamlNode> parse(String file) {
    problems.file(file);
    Optional<byte[]> bytes;
    try {
      bytes = source.read(file);
    } catch (IOException e) {
      problems.add(file, 0, null, "cannot read: " + e.getMessage());
      return Optional.empty();
    }
    if (bytes.isEmpty()) {
      problems.add(file, 0, null, "missing file in " + source.describe());
      return Optional.empty();
    }
    return new YamlTreeReader(file, problems).read(bytes.get());
  }
}
