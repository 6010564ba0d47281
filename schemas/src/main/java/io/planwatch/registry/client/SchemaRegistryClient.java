package io.planwatch.registry.client;

import java.util.List;
import org.apache.avro.Schema;

/**
 * The subset of the Confluent Schema Registry REST API planwatch uses. Implementations: {@link
 * RestSchemaRegistryClient} (HTTP, any Confluent-compatible registry) and {@link
 * MockSchemaRegistryClient} ({@code mock://scope}, in memory, for tests). Every failure is a {@link
 * SchemaRegistryException} subclass.
 */
public interface SchemaRegistryClient {

  /** Registers a schema under a subject ({@code POST /subjects/{s}/versions}); returns its id. */
  int register(String subject, Schema schema);

  /** The schema with a global id ({@code GET /schemas/ids/{id}}). */
  Schema schemaById(int id);

  /** The latest version of a subject ({@code GET /subjects/{s}/versions/latest}). */
  RegisteredSchema latest(String subject);

  /** One version of a subject ({@code GET /subjects/{s}/versions/{v}}), from 1. */
  RegisteredSchema version(String subject, int version);

  /** The version of a subject holding this schema ({@code POST /subjects/{s}}). */
  RegisteredSchema lookup(String subject, Schema schema);

  /**
   * Whether the schema may be registered next under the subject ({@code POST
   * /compatibility/subjects/{s}/versions/latest?verbose=true}).
   */
  CompatibilityResult testCompatibility(String subject, Schema schema);

  /** Subjects registered ({@code GET /subjects}). */
  List<String> subjects();

  /** The compatibility level of a subject, or the global one when {@code subject} is null. */
  CompatibilityLevel compatibility(String subject);

  /** Sets the compatibility level of a subject, or the global one when {@code subject} is null. */
  void setCompatibility(String subject, CompatibilityLevel level);

  /**
   * The result of a compatibility test.
   *
   * @param compatible whether the schema may be registered
   * @param messages why not (empty when compatible, or when the registry gives no detail)
   */
  record CompatibilityResult(boolean compatible, List<String> messages) {
    public CompatibilityResult {
      messages = List.copyOf(messages);
    }
  }
}
