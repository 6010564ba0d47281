package io.planwatch.producers.publish;

/**
 * The broker or the schema registry could not be reached or refused the client: an infrastructure
 * failure, not a data error. The message names the component and the address that failed.
 */
public final class InfrastructureException extends RuntimeException {
  /** Which part of the infrastructure failed. */
  public enum Component {
    KAFKA("Kafka broker", "Kafka 服务器"),
    SCHEMA_REGISTRY("schema registry", "Schema Registry");

    private final String english;
    private final String chinese;

    Component(String english, String chinese) {
      this.english = english;
      this.chinese = chinese;
    }

    public String english() {
      return english;
    }

    public String chinese() {
      return chinese;
    }
  }

  private final Component component;
  private final String address;
  private final String detail;

  public InfrastructureException(
      Component component, String address, String detail, Throwable cause) {
    super(component.english() + " at " + address + " failed: " + detail, cause);
    this.component = component;
    this.address = address;
    this.detail = detail;
  }

  public Component component() {
    return component;
  }

  /** The address tried: {@code bootstrap.servers} or {@code schema.registry.url}. */
  public String address() {
    return address;
  }

  /** What went wrong, in the client's words. */
  public String detail() {
    return detail;
  }
}
