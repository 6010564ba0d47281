package io.planwatch.avro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaContractsTest {

  @Test
  void shouldDocumentEveryRecordEnumAndField() {
    List<String> undocumented = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Class<?> type : Contracts.RECORDS) {
      collectUndocumented(SpecificData.get().getSchema(type), seen, undocumented);
    }
    assertThat(undocumented).isEmpty();
  }

  @Test
  void shouldDeclareOptionalFieldsAsNullFirstWithNullDefault() {
    List<String> wrong = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Class<?> type : Contracts.RECORDS) {
      collectBadOptionals(SpecificData.get().getSchema(type), seen, wrong);
    }
    assertThat(wrong).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Measure", "PriceBasis", "Frequency", "ObservationStatus", "Direction", "TargetKind",
        "Comparator", "Attribute", "RegionKind", "PaceStatus", "AlertTransition", "AlertSeverity",
        "AlertType", "ProjectStatus", "MilestoneType", "ProjectSizeClass"
      })
  void shouldMirrorTheDomainEnumSymbolForSymbol(String name) throws ClassNotFoundException {
    Class<?> domain = Class.forName("io.planwatch.domain.model." + name);
    Schema avro = SpecificData.get().getSchema(Class.forName("io.planwatch.avro." + name));
    List<String> domainSymbols =
        Arrays.stream(domain.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    assertThat(avro.getEnumSymbols()).isEqualTo(domainSymbols);
    if (avro.getEnumDefault() != null) {
      assertThat(domainSymbols).contains(avro.getEnumDefault());
    }
  }

  private static void collectUndocumented(Schema schema, Set<String> seen, List<String> out) {
    switch (schema.getType()) {
      case RECORD -> {
        if (!seen.add(schema.getFullName())) {
          return;
        }
        if (isBlank(schema.getDoc())) {
          out.add("record " + schema.getFullName());
        }
        for (Schema.Field field : schema.getFields()) {
          if (isBlank(field.doc())) {
            out.add("field " + schema.getFullName() + "." + field.name());
          }
          collectUndocumented(field.schema(), seen, out);
        }
      }
      case ENUM -> {
        if (seen.add(schema.getFullName()) && isBlank(schema.getDoc())) {
          out.add("enum " + schema.getFullName());
        }
      }
      case UNION -> schema.getTypes().forEach(t -> collectUndocumented(t, seen, out));
      case ARRAY -> collectUndocumented(schema.getElementType(), seen, out);
      case MAP -> collectUndocumented(schema.getValueType(), seen, out);
      default -> {
        // primitives carry no doc
      }
    }
  }

  private static void collectBadOptionals(Schema schema, Set<String> seen, List<String> out) {
    if (schema.getType() != Schema.Type.RECORD || !seen.add(schema.getFullName())) {
      return;
    }
    for (Schema.Field field : schema.getFields()) {
      Schema type = field.schema();
      if (type.getType() == Schema.Type.UNION) {
        boolean ok =
            type.getTypes().size() == 2
                && type.getTypes().get(0).getType() == Schema.Type.NULL
                && field.hasDefaultValue()
                && field.defaultVal() == org.apache.avro.JsonProperties.NULL_VALUE;
        if (!ok) {
          out.add(schema.getFullName() + "." + field.name());
        }
        type.getTypes().forEach(t -> collectBadOptionals(t, seen, out));
      } else if (type.getType() == Schema.Type.ARRAY) {
        collectBadOptionals(type.getElementType(), seen, out);
      } else {
        collectBadOptionals(type, seen, out);
      }
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
