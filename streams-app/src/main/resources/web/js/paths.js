// The numbers behind the indicator charts, from one progress record (docs/pace-model.md).
// The API keeps only the latest evaluation, so the expected path is drawn through the latest
// expected position E at month m and the annual milestone A at month 12; actual points come
// from the latest figure and from the figures carried by the target's alert transitions.

const DEFAULT_RATIO = { onTrack: 0.98, ahead: 1.02 };
const DEFAULT_GAP = { onTrack: -0.5, ahead: 1.0 };
const round = (x) => (x == null ? null : Math.round(x * 1000) / 1000);

/** The expected value at months 1..12. */
export function expectedPath(p) {
  const m = p.period?.month;
  const E = p.expected;
  const A = p.annualMilestone;
  if (E == null || !m) return Array(12).fill(null);
  if (p.deviationKind !== 'RATIO' || A == null) return Array(12).fill(E); // growth, rates: flat
  if (m === 12) return Array.from({ length: 12 }, (_, i) => (A * (i + 1)) / 12);
  // The straight line through (m, E) and (12, A): 0 at month 0 for a YTD flow, last year's
  // end value for a stock.
  const slope = (A - E) / (12 - m);
  return Array.from({ length: 12 }, (_, i) => E + slope * (i + 1 - m));
}

export function paceSeries(p, history) {
  const expected = expectedPath(p);
  const ratio = p.deviationKind === 'RATIO';
  const low = expected.map((e) => (e == null ? null : ratio ? e * DEFAULT_RATIO.onTrack : e + DEFAULT_GAP.onTrack));
  const high = expected.map((e) => (e == null ? null : ratio ? e * DEFAULT_RATIO.ahead : e + DEFAULT_GAP.ahead));
  const actual = Array(12).fill(null);
  history.filter((a) => a.period?.year === p.year && a.actual != null).forEach((a) => { actual[a.period.month - 1] = a.actual; });
  const m = p.period?.month;
  if (m && p.actual != null) actual[m - 1] = p.actual;
  const projection = Array(12).fill(null);
  const yearEnd = p.outlook?.yearEndProjection;
  if (m && p.actual != null && yearEnd != null) {
    projection[m - 1] = p.actual;
    projection[11] = yearEnd; // the level at year-end, or for growth the growth so far
  }
  return {
    expected: expected.map(round),
    bandLow: low.map(round),
    bandWidth: high.map((h, i) => (h == null ? null : round(h - low[i]))),
    actual,
    projection,
  };
}

const GEOMETRIC = new Set(['ANNUAL_LEVEL', 'END_OF_PERIOD_LEVEL']);
const LINEAR = new Set(['SHARE', 'RATE_BOUND']);

/** The plan-period path from the base year to the target year, for levels and shares. */
export function fiveYearPath(target, progress) {
  const { baseValue: B, baseYear: y0, value: T, targetYear: Y, kind } = target;
  if (B == null || y0 == null || Y <= y0 || !(GEOMETRIC.has(kind) || LINEAR.has(kind))) return null;
  if (GEOMETRIC.has(kind) && B <= 0) return null;
  const years = Array.from({ length: Y - y0 + 1 }, (_, i) => y0 + i);
  const at = (y) => (GEOMETRIC.has(kind) ? B * (T / B) ** ((y - y0) / (Y - y0)) : B + ((T - B) * (y - y0)) / (Y - y0));
  return {
    years,
    planned: years.map((y) => round(at(y))),
    milestone: years.map((y) => (y === progress.year ? round(progress.annualMilestone) : null)),
  };
}
