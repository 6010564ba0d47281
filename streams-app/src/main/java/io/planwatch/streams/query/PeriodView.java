package io.planwatch.streams.query;

/**
 * The last month a figure reaches: {@code {"code": "2022-06", "labelZh": "1-6月", "labelEn":
 * "Jan–Jun"}}. Monthly statistics are year-to-date, hence the ranges.
 */
record PeriodView(String code, int year, int month, String labelZh, String labelEn) {}
