/**
 * Reading the files bureaus and project offices have into validated domain records, with no Kafka:
 * {@link io.planwatch.producers.ingest.IngestService#parse} for statistics releases (CSV in UTF-8
 * or GBK, XLSX, SDMX-CSV, SDMX-JSON, JSON lines) and {@link
 * io.planwatch.producers.ingest.IngestService#parseProjects} for project reports (CSV, XLSX, JSON
 * lines), both returning a {@link io.planwatch.producers.ingest.ParsedFile}.
 *
 * <p>The path of a file: {@code read} turns bytes into a table of text cells (format, encoding,
 * header row, physical locations); {@code columns} maps its headers to logical columns (one table
 * of Chinese, English and SDMX names, also rendered for the docs); {@code normalize} reads periods,
 * numbers, units, dates and vocabularies; {@code validate} checks every row against the {@link
 * io.planwatch.producers.ingest.ReferenceData} and the clock and builds the records. A file is all
 * or nothing unless {@code skipInvalid} is set; {@link io.planwatch.producers.ingest.RejectReport}
 * says what was wrong, one line per bad row, and writes {@code <file>.rejected.csv}.
 */
package io.planwatch.producers.ingest;
