package io.planwatch.registry.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.planwatch.registry.client.CompatibilityLevel;
import io.planwatch.registry.client.RegisteredSchema;
import io.planwatch.registry.client.SchemaRegistryException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** The store's journal on disk: replay, torn and corrupt lines, the lock, concurrent writers. */
class SchemaJournalTest {
  @TempDir Path dir;
  private List<ILoggingEvent> events;

  @Test
  void shouldKeepAnInMemoryStoreOffTheDisk() {
    try (SchemaStore store = new SchemaStore()) {
      store.register("a-value", record("A", 1));

      assertThat(store.journalFile()).isEmpty();
    }
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void shouldKeepOneLinePerChangeWhateverTheSchemaTextHolds() throws Exception {
    Schema withDoc =
        SchemaBuilder.record("Observation")
            .doc("地区生产总值\nGDP, \"current prices\"")
            .fields()
            .requiredString("值")
            .endRecord();
    int id;
    try (SchemaStore store = SchemaStore.open(dir)) {
      id = store.register("统计-value", withDoc).id();
      store.setLevel("统计-value", CompatibilityLevel.FULL);
    }

    assertThat(Files.readAllLines(dir.resolve(SchemaJournal.FILE_NAME))).hasSize(2);
    try (SchemaStore store = SchemaStore.open(dir)) {
      assertThat(store.schemaById(id)).isEqualTo(withDoc);
      assertThat(store.schemaById(id).getDoc()).isEqualTo(withDoc.getDoc());
      assertThat(store.level("统计-value")).isEqualTo(CompatibilityLevel.FULL);
    }
  }

  @Test
  void shouldApplyNothingThatCouldNotBeJournalled() {
    SchemaStore store = SchemaStore.open(dir);
    store.register("a-value", record("A", 1));
    store.close();
    store.close();

    assertThatThrownBy(() -> store.register("a-value", record("A", 2)))
        .isInstanceOf(SchemaRegistryException.class)
        .hasMessageContaining("Error in the backend data store: journal")
        .extracting(e -> ((SchemaRegistryException) e).httpStatus())
        .isEqualTo(500);
    assertThatThrownBy(() -> store.setGlobalLevel(CompatibilityLevel.NONE))
        .isInstanceOf(SchemaRegistryException.class);
    assertThat(store.versions("a-value")).containsExactly(1);
    assertThat(store.globalLevel()).isEqualTo(CompatibilityLevel.BACKWARD);
  }

  @Test
  void shouldIgnoreATornLastLineWithAWarningAndAppendCleanlyAfterIt() throws Exception {
    try (SchemaStore store = SchemaStore.open(dir)) {
      store.register("a-value", record("A", 1));
      store.register("a-value", record("A", 2));
    }
    Path journal = dir.resolve(SchemaJournal.FILE_NAME);
    Files.writeString(
        journal, "{\"op\":\"register\",\"subject\":\"a-va", StandardOpenOption.APPEND);

    List<ILoggingEvent> warnings;
    try (SchemaStore store = openCapturingLog()) {
      warnings = events;
      assertThat(store.versions("a-value")).containsExactly(1, 2);
      assertThat(store.register("a-value", record("A", 3)).version()).isEqualTo(3);
    }

    assertThat(warnings)
        .anySatisfy(
            e ->
                assertThat(e.getFormattedMessage())
                    .contains(journal + ":3: ignoring an incomplete last line")
                    .contains("{\"op\":\"register\",\"subject\":\"a-va"));
    assertThat(Files.readAllLines(journal)).hasSize(3);
    try (SchemaStore store = SchemaStore.open(dir)) {
      assertThat(store.version("a-value", "latest").schema()).isEqualTo(record("A", 3));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{not json",
        "",
        "[1,2]",
        "{\"op\":\"rename\",\"subject\":\"a-value\"}",
        "{\"op\":\"register\",\"subject\":\"b-value\",\"id\":\"two\",\"version\":1,\"schema\":\"\\\"int\\\"\"}",
        "{\"op\":\"register\",\"subject\":\"b-value\",\"id\":2,\"version\":1,\"schema\":\"{\\\"type\\\":\\\"recrod\\\"}\"}",
        "{\"op\":\"register\",\"subject\":\"a-value\",\"id\":2,\"version\":3,\"schema\":\"\\\"int\\\"\"}",
        "{\"op\":\"register\",\"subject\":\"b-value\",\"id\":1,\"version\":1,\"schema\":\"\\\"int\\\"\"}",
        "{\"op\":\"setLevel\",\"level\":\"SIDEWAYS\"}",
        "{\"op\":\"deleteSubject\",\"subject\":\"never-registered\"}"
      })
  void shouldRefuseToStartOnACorruptLineBeforeTheLastNamingFileAndLine(String badLine)
      throws Exception {
    try (SchemaStore store = SchemaStore.open(dir)) {
      store.register("a-value", record("A", 1));
      store.setGlobalLevel(CompatibilityLevel.NONE);
    }
    Path journal = dir.resolve(SchemaJournal.FILE_NAME);
    List<String> lines = new ArrayList<>(Files.readAllLines(journal));
    lines.add(1, badLine);
    Files.write(journal, lines);

    assertThatThrownBy(() -> SchemaStore.open(dir))
        .isInstanceOf(RegistryStorageException.class)
        .hasMessageContaining(journal + ":2: corrupt schema journal line");
    lines.remove(1);
    Files.write(journal, lines);
    try (SchemaStore store = SchemaStore.open(dir)) {
      assertThat(store.globalLevel())
          .as("the refused open left the lock free")
          .isEqualTo(CompatibilityLevel.NONE);
    }
  }

  @Test
  void shouldRefuseASecondStoreOnTheSameDirectoryUntilTheFirstCloses() {
    SchemaStore first = SchemaStore.open(dir);

    assertThatThrownBy(() -> SchemaStore.open(dir))
        .isInstanceOf(RegistryStorageException.class)
        .hasMessageContaining(
            "data directory " + dir + " is already used by another schema registry")
        .hasMessageContaining("pid " + ProcessHandle.current().pid());

    first.close();
    try (SchemaStore second = SchemaStore.open(dir)) {
      assertThat(second.journalFile()).contains(dir.resolve(SchemaJournal.FILE_NAME));
    }
  }

  @Test
  void shouldJournalConcurrentRegistrationsSoThatReplayGivesTheSameIdsAndVersions()
      throws Exception {
    Map<String, List<Integer>> before;
    List<RegisteredSchema> answers = new ArrayList<>();
    try (SchemaStore store = SchemaStore.open(dir)) {
      store.setGlobalLevel(CompatibilityLevel.NONE);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Callable<RegisteredSchema>> tasks = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
          // 30 schemas, each into two subjects, each of those twice, all racing
          int n = i / 4;
          String subject = "s" + (i % 2) + "-value";
          tasks.add(() -> store.register(subject, record("R" + (n % 20), n % 7)));
        }
        for (Future<RegisteredSchema> answer : pool.invokeAll(tasks)) {
          answers.add(answer.get());
        }
      } finally {
        pool.shutdownNow();
      }
      before = idsBySubject(store);
    }

    assertThat(answers)
        .allSatisfy(
            a ->
                assertThat(answers.stream().filter(b -> b.schema().equals(a.schema())))
                    .allSatisfy(b -> assertThat(b.id()).isEqualTo(a.id())));
    assertThat(answers.stream().map(RegisteredSchema::id).distinct().count())
        .isEqualTo(answers.stream().map(RegisteredSchema::schema).distinct().count());
    before.values().forEach(ids -> assertThat(ids).doesNotHaveDuplicates());
    long versions = before.values().stream().mapToLong(List::size).sum();
    assertThat(Files.readAllLines(dir.resolve(SchemaJournal.FILE_NAME), StandardCharsets.UTF_8))
        .hasSize(1 + (int) versions);
    try (SchemaStore reopened = SchemaStore.open(dir)) {
      assertThat(idsBySubject(reopened)).isEqualTo(before);
      for (RegisteredSchema answer : answers) {
        assertThat(reopened.lookup(answer.subject(), answer.schema())).isEqualTo(answer);
      }
    }
  }

  private SchemaStore openCapturingLog() {
    Logger logger = (Logger) LoggerFactory.getLogger(SchemaJournal.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      return SchemaStore.open(dir);
    } finally {
      logger.detachAppender(appender);
      events = appender.list;
    }
  }

  private static Map<String, List<Integer>> idsBySubject(SchemaStore store) {
    Map<String, List<Integer>> ids = new TreeMap<>();
    for (String subject : store.subjects()) {
      List<Integer> subjectIds = new ArrayList<>();
      for (int version : store.versions(subject)) {
        subjectIds.add(store.version(subject, Integer.toString(version)).id());
      }
      ids.put(subject, subjectIds);
    }
    return ids;
  }

  /** A record schema; {@code fields} optional int fields with defaults, so versions evolve. */
  private static Schema record(String name, int fields) {
    SchemaBuilder.FieldAssembler<Schema> assembler = SchemaBuilder.record(name).fields();
    for (int i = 0; i < fields; i++) {
      assembler = assembler.name("f" + i).type().intType().intDefault(i);
    }
    return assembler.endRecord();
  }
}
