package io.planwatch.streams.query;

/**
 * A region or indicator as a dashboard labels it: the code and, when the reference data knows it,
 * the Chinese and English names (null otherwise).
 */
record Label(String code, String nameZh, String nameEn) {

  static Label unnamed(final String code) {
    return new Label(code, null, null);
  }
}
