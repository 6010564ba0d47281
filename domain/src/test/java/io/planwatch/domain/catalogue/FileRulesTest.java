package io.planwatch.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules on whole files: YAML syntax, encoding, duplicate keys, missing files, the index. */
class FileRulesTest {

  @TempDir Path dir;

  @BeforeEach
  void copyValidCatalogue() {
    Fixtures.copy("catalogue-valid", dir);
  }

  @Test
  void shouldNameFileAndLineOfAYamlSyntaxError() {
    Fixtures.write(
        dir,
        "indicators.yaml",
        "indicators:",
        "  - code: gdp",
        "    nameZh: [地区生产总值",
        "    nameEn: Gross regional product");

    assertThat(Fixtures.errors(dir))
        .singleElement()
        .asString()
        .startsWith("indicators.yaml:4: YAML syntax error: ");
  }

  @Test
  void shouldPointAtATabUsedForIndentation() {
    Fixtures.write(
        dir,
        "targets/hitech.yaml",
        "document: 002_0c3f07806a4ed513.txt",
        "title: 沈阳市行动计划",
        "targets:",
        "  - id: a",
        "\tindicator: gdp");

    assertThat(Fixtures.errors(dir))
        .containsExactly(
            "targets/hitech.yaml:5: YAML syntax error: while scanning for the next token; found"
                + " character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for"
                + " indentation) (column 1)");
  }

  @Test
  void shouldNameTheLineOfTheFirstByteThatIsNotUtf8() throws IOException {
    Files.write(
        dir.resolve("targets/hitech.yaml"),
        "document: 002_0c3f07806a4ed513.txt\ntitle: 沈阳市行动计划\ntargets: []\n"
            .getBytes(Charset.forName("GBK")));

    assertThat(Fixtures.errors(dir))
        .containsExactly(
            "targets/hitech.yaml:2: not valid UTF-8 at byte 42; save the file as UTF-8 (catalogue"
                + " files are UTF-8, not GBK)");
  }

  @Test
  void shouldAcceptAByteOrderMark() throws IOException {
    Path file = dir.resolve("targets/hitech.yaml");
    Files.writeString(file, "\uFEFF" + Files.readString(file));

    assertThat(Fixtures.errors(dir)).isEmpty();
  }

  @Test
  void shouldReportAKeyGivenTwiceInOneMapping() {
    Fixtures.write(
        dir,
        "targets/hitech.yaml",
        "document: 002_0c3f07806a4ed513.txt",
        "title: 沈阳市行动计划",
        "targets: []",
        "title: again");

    assertThat(Fixtures.errors(dir))
        .containsExactly(
            "targets/hitech.yaml:4: title: duplicate key; 'title' is already set on line 2");
  }

  @Test
  void shouldReportAnEmptyFileAndASecondDocument() {
    Fixtures.write(dir, "targets/hitech.yaml", "# nothing yet");
    Fixtures.write(
        dir,
        "targets/hunnan.yaml",
        "document: a.txt",
        "title: t",
        "targets: []",
        "---",
        "targets: []");

    assertThat(Fixtures.errors(dir))
        .containsExactly(
            "targets/hunnan.yaml:5: a second YAML document starts here; one file holds one"
                + " document",
            "targets/hitech.yaml: the file is empty");
  }

  @Test
  void shouldReportAMissingFile() throws IOException {
    Files.delete(dir.resolve("indicators.yaml"));

    assertThat(Fixtures.errors(dir)).containsExactly("indicators.yaml: missing file in " + dir);
  }

  @Test
  void shouldReportATopLevelThatIsNotAMapping() {
    Fixtures.write(dir, "regions.yaml", "- code: \"210000\"");

    assertThat(Fixtures.errors(dir))
        .first()
        .isEqualTo(
            "regions.yaml:1: expected a regions file as a mapping of 'field: value', found a list");
  }

  @Test
  void shouldCheckTheIndexAgainstTheTargetsDirectory() throws IOException {
    Fixtures.write(
        dir,
        "index.yaml",
        "targets:",
        "  - targets/hunnan.yaml",
        "  - targets/gone.yaml",
        "  - hitech.yml");
    Files.writeString(dir.resolve("targets/readme.txt"), "notes");

    assertThat(Fixtures.errors(dir))
        .containsExactly(
            "index.yaml:3: targets: 'targets/gone.yaml' does not exist",
            "index.yaml:4: targets: 'hitech.yml' is not a target file path; write"
                + " targets/<name>.yaml, relative to the catalogue",
            "targets/readme.txt: only *.yaml target files belong in targets/",
            "targets/hitech.yaml: not listed in index.yaml; add it to the targets: list there (a"
                + " catalogue on the classpath loads only listed files)");
  }

  @Test
  void shouldStillCheckTheTargetFilesWhenTheIndexDoesNotParse() {
    Fixtures.write(dir, "index.yaml", "targets: [targets/hunnan.yaml");
    Fixtures.write(dir, "targets/hitech.yaml", "document: 002.txt", "title: t", "targets: {}");

    assertThat(Fixtures.errors(dir))
        .containsExactly(
            "index.yaml:2: YAML syntax error: while parsing a flow sequence; expected ',' or ']',"
                + " but got <stream end> (column 1)",
            "targets/hitech.yaml:3: targets: expected a list ('- item' lines), found a mapping");
  }

  @Test
  void shouldReadEveryTargetFileOfADirectoryWithoutIndex() throws IOException {
    Files.delete(dir.resolve("index.yaml"));

    assertThat(CatalogueLoader.load(dir).targets()).hasSize(4);
  }

  @Test
  void shouldRequireAnIndexOnTheClasspath() {
    assertThat(CatalogueLoader.validateClasspath("catalogue-regions-check").errors())
        .extracting(CatalogueError::toString)
        .containsExactly(
            "index.yaml: missing; a catalogue on the classpath needs index.yaml listing its"
                + " target files",
            "regions.yaml: missing file in classpath:/catalogue-regions-check");
  }

  @Test
  void shouldCheckAClasspathIndexAgainstTheFolderWhenTheFolderCanBeListed() {
    assertThat(CatalogueLoader.validateClasspath("catalogue-classpath-unlisted").errors())
        .extracting(CatalogueError::toString)
        .containsExactly(
            "targets/extra.yaml: not listed in index.yaml; add it to the targets: list there (a"
                + " catalogue on the classpath loads only listed files)");
  }

  @Test
  void shouldReportEveryRequiredFileMissingFromAnEmptyClasspathRoot() {
    assertThat(CatalogueLoader.validateClasspath("no-such-catalogue").errors())
        .extracting(CatalogueError::toString)
        .containsExactly(
            "index.yaml: missing; a catalogue on the classpath needs index.yaml listing its"
                + " target files",
            "regions.yaml: missing file in classpath:/no-such-catalogue",
            "indicators.yaml: missing file in classpath:/no-such-catalogue");
  }
}
