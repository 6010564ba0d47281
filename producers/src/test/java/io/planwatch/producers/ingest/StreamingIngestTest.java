package io.planwatch.producers.ingest;

import static io.planwatch.producers.ingest.ReferenceFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.domain.model.Observation;
import io.planwatch.producers.ingest.normalize.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a release row by row into a sink: the same outcome as reading it whole. */
class StreamingIngestTest {
  private static final String HEADER = "指标,地区,时期,修订号,数值\n";

  @TempDir Path dir;

  private final IngestService service = new IngestService(ReferenceFixtures.reference());

  @Test
  void shouldHandEveryValidRowToTheSinkInFileOrderAndKeepOnlyCounts() throws IOException {
    Path file = write("many.csv", rows(5000));
    RecordSink.Collecting<Observation> sink = RecordSink.collecting();

    ParsedFile<Observation> streamed =
        service.parse(file, Files.readAllBytes(file), IngestOptions.defaults(CLOCK), sink);
    ParsedFile<Observation> whole = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(streamed.records()).isEmpty();
    assertThat(streamed.recordCount()).isEqualTo(5000);
    assertThat(streamed.rowCount()).isEqualTo(5000);
    assertThat(streamed.mayPublish()).isTrue();
    assertThat(sink.records()).isEqualTo(whole.records()).hasSize(5000);
    assertThat(sink.records().get(4999).revision()).isEqualTo(4999);
  }

  @Test
  void shouldReportARepeatedRowAgainstTheLineItFirstAppearedOnFarApart() throws IOException {
    String text = rows(3000) + "地区生产总值,浑南区,2022年6月,17,1.5\n";
    Path file = write("repeat.csv", text);

    ParsedFile<Observation> parsed = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(parsed.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.line()).isEqualTo("3002");
              assertThat(error.problem()).isEqualTo(Problem.DUPLICATED_ROW);
              assertThat(error.reason()).endsWith("same as line 19");
            });
    assertThat(parsed.recordCount()).isEqualTo(3000);
  }

  @Test
  void shouldKeepNothingWhenTheFileBreaksAfterManyGoodRowsEvenWhenSkippingInvalidOnes()
      throws IOException {
    Path file = write("broken.csv", rows(3000) + "地区生产总值,浑南区,\"2022年6月,3000,1\n");
    List<Observation> taken = new ArrayList<>();
    RecordSink<Observation> sink =
        new RecordSink<>() {
          @Override
          public void accept(Observation record) {
            taken.add(record);
          }

          @Override
          public void clear() {
            taken.clear();
          }
        };

    ParsedFile<Observation> parsed =
        service.parse(
            file,
            Files.readAllBytes(file),
            IngestOptions.defaults(CLOCK).withSkipInvalid(true),
            sink);

    assertThat(parsed.errors())
        .extracting(RowError::problem)
        .containsExactly(Problem.UNREADABLE_FILE);
    assertThat(parsed.errors().get(0).line()).isEqualTo("3002");
    assertThat(parsed.recordCount()).isZero();
    assertThat(parsed.header()).isEmpty();
    assertThat(taken).isEmpty();
  }

  @Test
  void shouldPassOnWhatTheSinkThrows() throws IOException {
    Path file = write("failing.csv", rows(10));
    RecordSink<Observation> failing =
        new RecordSink<>() {
          @Override
          public void accept(Observation record) {
            throw new IllegalStateException("registry down");
          }

          @Override
          public void clear() {}
        };

    assertThatThrownBy(
            () ->
                service.parse(
                    file, Files.readAllBytes(file), IngestOptions.defaults(CLOCK), failing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("registry down");
  }

  /** Rows of one series told apart by their revision: row i is on line i + 2. */
  private static String rows(int count) {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < count; i++) {
      text.append("地区生产总值,浑南区,2022年6月,").append(i).append(',').append(i + 0.5).append('\n');
    }
    return text.toString();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
