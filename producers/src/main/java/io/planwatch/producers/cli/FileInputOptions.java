package io.planwatch.producers.cli;

import io.planwatch.producers.ingest.FileFormat;
import io.planwatch.producers.ingest.IngestOptions;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** How to read the input files of {@code releases} and {@code projects}. */
final class FileInputOptions {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = {"Files to publish, each in its own transaction.", "要发布的文件。"})
  List<Path> files;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = {
        "Text encoding of CSV/JSON files (default: detect UTF-8 or GB18030/GBK).",
        "文本编码（默认自动识别 UTF-8 或 GBK）。"
      })
  Charset encoding;

  @Option(
      names = "--sheet",
      paramLabel = "NAME|N",
      description = {"Workbook sheet, by name or 1-based number (default: the first).", "工作表。"})
  String sheet;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = {
        "csv, xlsx, sdmx-csv, sdmx-json or jsonl (default: detect from name and content).",
        "文件格式（默认自动识别）。"
      })
  FileFormat format;

  @Option(
      names = "--skip-invalid",
      description = {
        "Publish the valid rows of a file with invalid ones, and write <file>.rejected.csv"
            + " (default: a file with any invalid row is not published at all).",
        "跳过无效行，仅发布有效行，并写出 <文件>.rejected.csv。"
      })
  boolean skipInvalid;

  @Option(
      names = "--force",
      description = {
        "Publish even if the ledger says this file was published before.",
        "即使该文件已发布过也重新发布。"
      })
  boolean force;

  @Option(
      names = "--catalogue",
      paramLabel = "DIR",
      description = "Catalogue to resolve indicator and region names (default: the shipped one).")
  Path catalogueDir;

  /** The ingest options for these flags; {@code year} may be null. */
  IngestOptions ingestOptions(Clock clock, Integer year) {
    return IngestOptions.defaults(clock)
        .withFormat(format)
        .withEncoding(encoding)
        .withSheet(sheet)
        .withDefaultYear(year)
        .withSkipInvalid(skipInvalid);
  }

  /** Converts {@code --format} values. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<FileFormat> {
    @Override
    public FileFormat convert(String value) {
      return FileFormat.parse(value);
    }
  }
}
