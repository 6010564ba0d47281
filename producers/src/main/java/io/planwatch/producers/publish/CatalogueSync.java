package io.planwatch.producers.publish;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/**
 * Brings the compacted reference topics ({@code reference.regions}, {@code reference.indicators},
 * {@code plan.targets}) in line with a catalogue, sending only what differs: it reads each topic
 * back as a {@code read_committed} consumer sees it, sends new and changed records, and a tombstone
 * for each key the catalogue no longer has. An unchanged catalogue sends nothing, so downstream
 * sees no change at all; all changes go in one transaction.
 */
public final class CatalogueSync {
  /** Transactional id (after the prefix) of every catalogue load: runs fence each other. */
  public static final String TRANSACTIONAL_ID = "catalogue";

  private final Publisher publisher;

  public CatalogueSync(Publisher publisher) {
    this.publisher = publisher;
  }

  /**
   * What would change on the topics.
   *
   * @param changes records to send: new, changed, and tombstones for removed keys
   * @param unchanged records already on the topics as they are
   * @param removed how many of {@code changes} are tombstones
   */
  public record Plan(List<Outgoing> changes, int unchanged, int removed) {
    public Plan {
      changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
      return changes.isEmpty();
    }
  }

  /** Compares the catalogue with the topics' current contents. */
  public Plan plan(Catalogue catalogue) {
    Topics topics = publisher.config().topics();
    Map<TopicSpec<?>, Map<String, SpecificRecord>> wanted = new LinkedHashMap<>();
    wanted.put(topics.regions(), new LinkedHashMap<>());
    wanted.put(topics.indicators(), new LinkedHashMap<>());
    wanted.put(topics.planTargets(), new LinkedHashMap<>());
    for (Outgoing record : Records.catalogue(topics, catalogue)) {
      wanted.get(record.topic()).put(record.key(), record.value());
    }
    List<Outgoing> changes = new ArrayList<>();
    int unchanged = 0;
    int removed = 0;
    for (Map.Entry<TopicSpec<?>, Map<String, SpecificRecord>> entry : wanted.entrySet()) {
      TopicSpec<?> topic = entry.getKey();
      Map<String, ? extends SpecificRecord> current = publisher.latest(topic);
      for (Map.Entry<String, SpecificRecord> record : entry.getValue().entrySet()) {
        if (record.getValue().equals(current.get(record.getKey()))) {
          unchanged++;
        } else {
          changes.add(new Outgoing(topic, record.getKey(), record.getValue()));
        }
      }
      for (String key : current.keySet()) {
        if (!entry.getValue().containsKey(key)) {
          changes.add(Outgoing.tombstone(topic, key));
          removed++;
        }
      }
    }
    return new Plan(changes, unchanged, removed);
  }

  /**
   * Sends the plan's changes in one transaction; an empty plan sends nothing and is reported as
   * committed with 0 records.
   */
  public PublishResult apply(Plan plan, PublishListener listener) {
    // The ledger keeps one entry, the latest load (compacted by key).
    Batch batch = new Batch(TRANSACTIONAL_ID, TRANSACTIONAL_ID, "catalogue", plan.changes());
    if (plan.isEmpty()) {
      return new PublishResult(
          batch.id(), PublishResult.Outcome.COMMITTED, 0, 0, 0, 0, java.time.Duration.ZERO, null);
    }
    return publisher.publish(batch, listener);
  }
}
