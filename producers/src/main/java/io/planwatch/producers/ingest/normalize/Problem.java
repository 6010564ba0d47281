package io.planwatch.producers.ingest.normalize;

/** What can be wrong with a cell, a row or a file, in English and Chinese. */
public enum Problem {
  UNKNOWN_INDICATOR("unknown indicator", "未知指标"),
  UNKNOWN_REGION("unknown region", "未知地区"),
  AMBIGUOUS_NAME("name fits several, give the code", "名称不唯一, 请填写代码"),
  UNKNOWN_PROJECT("unknown project", "未知项目"),
  COLUMNS_DISAGREE("columns disagree", "列之间不一致"),
  EMPTY_VALUE("empty value", "值为空"),
  UNPARSABLE_NUMBER("unparsable number", "无法解析的数值"),
  NOT_FINITE("not a finite number", "不是有限数值"),
  NUMBER_OUT_OF_RANGE("number out of range", "数值超出范围"),
  UNKNOWN_UNIT("unknown unit", "未知单位"),
  UNCONVERTIBLE_UNIT("unit cannot be converted", "单位无法换算"),
  UNPARSABLE_PERIOD("unparsable period", "无法解析的时期"),
  FUTURE_PERIOD("period in the future", "时期晚于当前"),
  FREQUENCY_MISMATCH("period does not fit the indicator's frequency", "时期与指标频率不符"),
  UNKNOWN_MEASURE("unknown measure", "未知口径"),
  INVALID_MEASURE("measure not valid for the indicator", "口径不适用于该指标"),
  UNKNOWN_PRICE_BASIS("unknown price basis", "未知价格口径"),
  UNKNOWN_STATUS("unknown status", "未知状态"),
  UNKNOWN_MILESTONE("unknown milestone", "未知节点"),
  INVALID_REVISION("invalid revision", "无效的修订号"),
  UNPARSABLE_DATE("unparsable date", "无法解析的日期"),
  FUTURE_DATE("date in the future", "日期晚于当前"),
  DUPLICATED_ROW("duplicated row", "重复行"),
  MISSING_COLUMN("missing column", "缺少列"),
  INVALID_JSON("invalid JSON", "JSON格式错误"),
  INVALID_SDMX("invalid SDMX message", "SDMX消息无效"),
  UNSUPPORTED_ACTION("deleting observations is not supported", "不支持删除数据"),
  UNREADABLE_FILE("file cannot be read", "文件无法读取"),
  /** A row a record rule refused that no check before it caught: a gap in the checks. */
  INVALID_RECORD("row breaks a record rule", "不符合记录规则");

  private final String english;
  private final String chinese;

  Problem(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /** The reason as printed in reports: {@code unknown indicator / 未知指标[: detail]}. */
  public String reason(String detail) {
    String base = english + " / " + chinese;
    return detail == null || detail.isEmpty() ? base : base + ": " + detail;
  }
}
