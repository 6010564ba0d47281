package io.planwatch.registry.server;

/**
 * An HTTP answer of the registry: status and a body that Jackson writes as JSON.
 *
 * @param status HTTP status
 * @param body a map, list or string for Jackson, or a raw JSON text when {@code raw}
 * @param raw whether {@code body} is already JSON text (schema endpoints return the schema itself)
 */
record Reply(int status, Object body, boolean raw) {
  static Reply ok(Object body) {
    return new Reply(200, body, false);
  }

  static Reply rawJson(String json) {
    return new Reply(200, json, true);
  }

  static Reply error(int status, int errorCode, String message) {
    return new Reply(status, java.util.Map.of("error_code", errorCode, "message", message), false);
  }
}
