package io.planwatch.producers.ingest.normalize;

import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Period;

/**
 * The period notations {@link PeriodParser} reads, as formatters: the parser's own documentation
 * and the other half of its round-trip property.
 */
public enum PeriodNotation {
  /** 2022年1-6月 (January alone: 2022年1月). */
  CHINESE_YTD(Frequency.MONTHLY) {
    @Override
    public String format(Period p) {
      return p.year() + "年" + p.chineseYtd();
    }
  },
  /** 2022年6月. */
  CHINESE_MONTH(Frequency.MONTHLY) {
    @Override
    public String format(Period p) {
      return p.year() + "年" + p.month() + "月";
    }
  },
  /** 2022-06. */
  ISO_MONTH(Frequency.MONTHLY) {
    @Override
    public String format(Period p) {
      return p.key();
    }
  },
  /** 2022-M06 (SDMX). */
  SDMX_MONTH(Frequency.MONTHLY) {
    @Override
    public String format(Period p) {
      return String.format("%04d-M%02d", p.year(), p.month());
    }
  },
  /** 2022M06. */
  COMPACT_MONTH(Frequency.MONTHLY) {
    @Override
    public String format(Period p) {
      return String.format("%04dM%02d", p.year(), p.month());
    }
  },
  /** 2022年二季度. */
  CHINESE_QUARTER(Frequency.QUARTERLY) {
    @Override
    public String format(Period p) {
      return p.year() + "年" + "一二三四".charAt(p.month() / 3 - 1) + "季度";
    }
  },
  /** 2022年第2季度. */
  CHINESE_ORDINAL_QUARTER(Frequency.QUARTERLY) {
    @Override
    public String format(Period p) {
      return p.year() + "年第" + p.month() / 3 + "季度";
    }
  },
  /** 2022-Q2 (SDMX). */
  SDMX_QUARTER(Frequency.QUARTERLY) {
    @Override
    public String format(Period p) {
      return p.year() + "-Q" + p.month() / 3;
    }
  },
  /** 2022年全年. */
  CHINESE_FULL_YEAR(Frequency.ANNUAL) {
    @Override
    public String format(Period p) {
      return p.year() + "年全年";
    }
  },
  /** 2022年. */
  CHINESE_YEAR(Frequency.ANNUAL) {
    @Override
    public String format(Period p) {
      return p.year() + "年";
    }
  },
  /** 2022. */
  YEAR(Frequency.ANNUAL) {
    @Override
    public String format(Period p) {
      return Integer.toString(p.year());
    }
  };

  private final Frequency frequency;

  PeriodNotation(Frequency frequency) {
    this.frequency = frequency;
  }

  /** The frequency this notation writes. */
  public Frequency frequency() {
    return frequency;
  }

  /** Whether this notation can write a period of this frequency. */
  public boolean fits(ParsedPeriod period) {
    return period.frequency() == frequency;
  }

  /** The period in this notation. */
  public abstract String format(Period period);
}
