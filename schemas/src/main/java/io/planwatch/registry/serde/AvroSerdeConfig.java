package io.planwatch.registry.serde;

import io.planwatch.registry.client.ConfigValues;
import java.util.Map;

/**
 * Serde settings under Confluent's names (the registry connection itself is {@link
 * io.planwatch.registry.client.RegistryClientConfig}).
 *
 * @param autoRegisterSchemas register the record's schema on first use (default true)
 * @param useLatestVersion write with the subject's latest schema instead (default false)
 * @param keySubjectStrategy subject naming for keys
 * @param valueSubjectStrategy subject naming for values
 * @param specificKeyType class to read keys as, or null to use the writer schema's name
 * @param specificValueType class to read values as, or null to use the writer schema's name
 */
public record AvroSerdeConfig(
    boolean autoRegisterSchemas,
    boolean useLatestVersion,
    SubjectNameStrategy keySubjectStrategy,
    SubjectNameStrategy valueSubjectStrategy,
    String specificKeyType,
    String specificValueType) {

  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
  public static final String USE_LATEST_VERSION = "use.latest.version";
  public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
  public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
  public static final String SPECIFIC_AVRO_KEY_TYPE = "specific.avro.key.type";
  public static final String SPECIFIC_AVRO_VALUE_TYPE = "specific.avro.value.type";

  /** Binds the settings; absent keys take Confluent's defaults. */
  public static AvroSerdeConfig from(Map<String, ?> configs) {
    ConfigValues values = new ConfigValues(configs);
    return new AvroSerdeConfig(
        values.bool(AUTO_REGISTER_SCHEMAS, true),
        values.bool(USE_LATEST_VERSION, false),
        SubjectNameStrategy.forName(values.string(KEY_SUBJECT_NAME_STRATEGY, "TopicNameStrategy")),
        SubjectNameStrategy.forName(
            values.string(VALUE_SUBJECT_NAME_STRATEGY, "TopicNameStrategy")),
        values.string(SPECIFIC_AVRO_KEY_TYPE, null),
        values.string(SPECIFIC_AVRO_VALUE_TYPE, null));
  }

  /** Confluent's defaults: auto-register, TopicNameStrategy. */
  public static AvroSerdeConfig defaults() {
    return from(Map.of());
  }

  /** The strategy for keys or values. */
  public SubjectNameStrategy strategy(boolean isKey) {
    return isKey ? keySubjectStrategy : valueSubjectStrategy;
  }
}
