package io.planwatch.avro;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/** The top-level contract records, one per topic value (and the dead-letter record). */
public final class Contracts {
  public static final List<Class<?>> RECORDS =
      List.of(
          Region.class,
          IndicatorDefinition.class,
          PlanTarget.class,
          StatisticalObservation.class,
          ProjectUpdate.class,
          IndicatorProgress.class,
          PaceAlert.class,
          RegionScorecard.class,
          ProjectProgress.class,
          DeadLetter.class);

  private Contracts() {}

  /** The current (generated) schema of a contract record by simple name. */
  public static Schema current(String simpleName) {
    try {
      return SpecificData.get().getSchema(Class.forName("io.planwatch.avro." + simpleName));
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no generated contract class io.planwatch.avro." + simpleName, e);
    }
  }
}
