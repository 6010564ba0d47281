package io.planwatch.streams.query;

import java.util.List;

/** A region of the reference data, with the codes of its children. */
record RegionView(
    String code,
    String nameZh,
    String nameEn,
    String kind,
    String parentCode,
    boolean rollsUp,
    List<String> children,
    List<Group> groups) {

  RegionView {
    children = List.copyOf(children);
    groups = List.copyOf(groups);
  }

  /** A planning group the region belongs to. */
  record Group(String code, String nameZh, String nameEn) {}
}
