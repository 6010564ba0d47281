package io.planwatch.producers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.producers.ingest.IngestOptions;
import io.planwatch.producers.publish.PublishResult;
import io.planwatch.producers.publish.PublishResult.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePublishingTest {
  @TempDir Path dir;

  @Test
  void shouldSummariseACommittedFileInEnglishAndChinese() {
    PublishResult result =
        new PublishResult(
            "b", Outcome.COMMITTED, 1200, 1200, 0, 96_000, Duration.ofSeconds(1), null);

    String line = FilePublishing.summary("june.csv", 1203, 3, result, 2_000_000_000L);

    assertThat(line)
        .isEqualTo(
            "june.csv: read 1,203 rows, published 1,200, rejected 3, 2.0 s, 600 rows/s"
                + " / 读取1203行，发布1200条，拒绝3行，用时2.0秒");
  }

  @Test
  void shouldSayAFilePublishedBeforeWasNotSentAgain() {
    PublishResult result =
        new PublishResult("b", Outcome.ALREADY_PUBLISHED, 5, 0, 0, 0, Duration.ZERO, null);

    assertThat(FilePublishing.summary("june.csv", 5, 0, result, 1))
        .contains("already published, nothing sent", "未重复发送");
  }

  @Test
  void shouldSayAnAbortedFileWasNotPublishedAndWhy() {
    PublishResult result =
        new PublishResult("b", Outcome.ABORTED, 5, 2, 3, 0, Duration.ZERO, "record too large");

    assertThat(FilePublishing.summary("june.csv", 5, 0, result, 1))
        .contains("NOT published", "record too large", "事务已回滚");
  }

  @Test
  void shouldGiveTheSameContentTheSameDigestWhateverTheFileName() throws IOException {
    Path a = Files.writeString(dir.resolve("a.csv"), "indicator,value\ngdp,1\n");
    Path b = Files.writeString(dir.resolve("b.csv"), "indicator,value\ngdp,1\n");
    IngestOptions options = IngestOptions.defaults(CliRun.CLOCK);

    assertThat(digest(a, options)).isEqualTo(digest(b, options));
  }

  @Test
  void shouldChangeTheDigestWithTheContentOrTheReadingOptions() throws IOException {
    Path a = Files.writeString(dir.resolve("a.csv"), "indicator,value\ngdp,1\n");
    Path changed = Files.writeString(dir.resolve("c.csv"), "indicator,value\ngdp,2\n");
    IngestOptions options = IngestOptions.defaults(CliRun.CLOCK);

    assertThat(digest(changed, options)).isNotEqualTo(digest(a, options));
    assertThat(digest(a, options.withDefaultYear(2022))).isNotEqualTo(digest(a, options));
  }

  private static String digest(Path file, IngestOptions options) throws IOException {
    return FilePublishing.digests(Files.readAllBytes(file), options).batch();
  }
}
