package io.planwatch.producers.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The file formats the readers know, detected from the file name and its first bytes. */
public enum FileFormat {
  /** CSV with Chinese or English headers, UTF-8 (BOM or not) or GBK/GB18030. */
  CSV("csv"),
  /** An Excel workbook (XLSX, or the older XLS). */
  XLSX("xlsx"),
  /** SDMX-CSV (SDMX 2.1 {@code DATAFLOW} or SDMX 3.0 {@code STRUCTURE} first column). */
  SDMX_CSV("sdmx-csv"),
  /** An SDMX-JSON data message (1.0 or 2.0). */
  SDMX_JSON("sdmx-json"),
  /** JSON lines: one object per line. */
  JSON_LINES("jsonl");

  private final String cliName;

  FileFormat(String cliName) {
    this.cliName = cliName;
  }

  /** The name on the command line ({@code --format sdmx-csv}). */
  public String cliName() {
    return cliName;
  }

  /** A format by its command-line or constant name. */
  public static FileFormat parse(String name) {
    for (FileFormat format : values()) {
      if (format.cliName.equalsIgnoreCase(name) || format.name().equalsIgnoreCase(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown format " + name + " (csv, xlsx, sdmx-csv, sdmx-json, jsonl)");
  }

  /**
   * Detects a format: a ZIP or OLE2 signature or an {@code .xlsx}/{@code .xls} name is a workbook;
   * {@code .jsonl}/{@code .ndjson} are JSON lines; a JSON document with {@code dataSets} is
   * SDMX-JSON, other JSON is read as JSON lines; text whose first header cell is {@code DATAFLOW}
   * or {@code STRUCTURE} is SDMX-CSV; anything else is CSV.
   */
  public static FileFormat detect(String fileName, byte[] head) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx") || name.endsWith(".xls") || isWorkbook(head)) {
      return XLSX;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    if (name.endsWith(".json") || text.startsWith("{")) {
      // An SDMX-JSON message may open with its structure, dataSets coming after the first 4 KiB.
      return text.contains("\"dataSets\"")
              || text.contains("\"structures\"")
              || text.contains("\"structure\"")
          ? SDMX_JSON
          : JSON_LINES;
    }
    String first = text.toUpperCase(Locale.ROOT).replace("\"", "");
    return first.startsWith("DATAFLOW") || first.startsWith("STRUCTURE") ? SDMX_CSV : CSV;
  }

  private static boolean isWorkbook(byte[] head) {
    boolean zip =
        head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    boolean ole2 =
        head.length >= 4
            && (head[0] & 0xFF) == 0xD0
            && (head[1] & 0xFF) == 0xCF
            && (head[2] & 0xFF) == 0x11
            && (head[3] & 0xFF) == 0xE0;
    return zip || ole2;
  }
}
