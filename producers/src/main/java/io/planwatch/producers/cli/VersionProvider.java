package io.planwatch.producers.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version from the build ({@code planwatch-producers-version.properties}, filtered). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/planwatch-producers-version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {
      "planwatch-producers " + properties.getProperty("version", "unknown"),
      "Apache Kafka clients " + org.apache.kafka.common.utils.AppInfoParser.getVersion(),
      "Java " + Runtime.version()
    };
  }
}
