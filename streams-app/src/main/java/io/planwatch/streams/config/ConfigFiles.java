package io.planwatch.streams.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads a config file into a {@link ConfigLayer}: {@code .properties} (UTF-8) or YAML ({@code
 * .yaml}/{@code .yml}). YAML may nest ({@code kafka: {security.protocol: SSL}} is {@code
 * kafka.security.protocol}); a list becomes a comma-separated value.
 */
public final class ConfigFiles {

  private ConfigFiles() {}

  /**
   * @throws ConfigException naming the file (and the line for YAML syntax errors) if it cannot be
   *     read or parsed
   */
  public static ConfigLayer read(final Path file) {
    final String name =
        file.getFileName() == null ? file.toString() : file.getFileName().toString();
    final String lower = name.toLowerCase(Locale.ROOT);
    final Map<String, String> values;
    try {
      if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
        values = readYaml(file);
      } else if (lower.endsWith(".properties")) {
        values = readProperties(file);
      } else {
        throw new ConfigException(
            List.of(
                "config file "
                    + file
                    + ": unknown format; use .properties, .yaml or .yml / 配置文件格式不支持"));
      }
    } catch (final JacksonException e) {
      final String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
      throw new ConfigException(
          List.of("config file " + file + where + ": not valid YAML: " + e.getOriginalMessage()));
    } catch (final IOException e) {
      throw new ConfigException(List.of("config file " + file + ": cannot read: " + e));
    }
    return ConfigLayer.of(values, "file " + file);
  }

  private static Map<String, String> readProperties(final Path file) throws IOException {
    final Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    final Map<String, String> values = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(k -> values.put(k.trim(), properties.getProperty(k)));
    return values;
  }

  private static Map<String, String> readYaml(final Path file) throws IOException {
    final JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    final Map<String, String> values = new LinkedHashMap<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return values;
    }
    if (!root.isObject()) {
      throw new ConfigException(
          List.of("config file " + file + ": the top level must be a mapping of settings"));
    }
    flatten("", root, values);
    return values;
  }

  private static void flatten(
      final String prefix, final JsonNode node, final Map<String, String> values) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e ->
                  flatten(
                      prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                      e.getValue(),
                      values));
    } else if (node.isArray()) {
      final List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(item.asText()));
      values.put(prefix, String.join(",", items));
    } else {
      values.put(prefix, node.isNull() ? "" : node.asText());
    }
  }
}
