package io.planwatch.domain.catalogue;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names (Chinese, English, aliases) to codes, for the producers that read bureau files by name.
 * Lookups ignore case, surrounding and repeated white space and full-width/half-width differences
 * (NFKC), so {@code "Hunnan district"} and {@code "ＨＵＮＮＡＮ District"} find 浑南区. Every name is unique
 * in its index; a clash is a catalogue error.
 */
final class NameIndex {

  private final String what;
  private final Map<String, Claim> claims = new HashMap<>();

  /**
   * @param what what is named, for messages ({@code "region"}, {@code "indicator"})
   */
  NameIndex(String what) {
    this.what = what;
  }

  static String normalize(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC)
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  /** Claims {@code name} for {@code code}; reports a clash with another code. */
  void claim(String name, String code, Fields fields, String field, int line) {
    Claim earlier = claims.putIfAbsent(normalize(name), new Claim(code, line));
    if (earlier != null && !earlier.code().equals(code)) {
      fields
          .problems()
          .add(
              fields.file(),
              line,
              field,
              "name '"
                  + name
                  + "' is already used by "
                  + what
                  + " "
                  + earlier.code()
                  + " (line "
                  + earlier.line()
                  + "); names must be unique so that files can be matched by name");
    }
  }

  Map<String, String> codesByName() {
    Map<String, String> codes = new HashMap<>();
    claims.forEach((name, claim) -> codes.put(name, claim.code()));
    return Map.copyOf(codes);
  }

  static Optional<String> lookup(Map<String, String> codesByName, String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(codesByName.get(normalize(name)));
  }

  private record Claim(String code, int line) {}
}
