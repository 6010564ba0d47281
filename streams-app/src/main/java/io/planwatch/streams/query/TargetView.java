package io.planwatch.streams.query;

/** A plan target of the catalogue, labelled. */
record TargetView(
    String id,
    Label indicator,
    Label region,
    String kind,
    String comparator,
    double value,
    String unit,
    Double baseValue,
    Integer baseYear,
    int targetYear,
    String attribute,
    boolean soft,
    SourceView source,
    String note) {}
