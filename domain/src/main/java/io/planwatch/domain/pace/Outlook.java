package io.planwatch.domain.pace;

/**
 * What planners ask next (docs/architecture.md, Pace §5). Values are null where not computable;
 * {@link #reason()} then says why (it concerns the first missing value).
 *
 * <ul>
 *   <li>{@code projection}: year-end figure at the current pace. YTD level: YTD / s(m); growth and
 *       rate: the latest figure; stock: L_{y−1} + (actual − L_{y−1})·12/m; cumulative count:
 *       YTD·12/m.
 *   <li>{@code projectedGap}: projection − A_y (in the unit for levels, in pp for growth and rates;
 *       for a reduction followed as a change, against −r).
 *   <li>{@code restOfYearPace}: the pace the remaining months need to reach A_y. YTD level: (A_y −
 *       YTD)/(1 − s(m)), the annual level the rest of the year must run at (compare with A_y);
 *       cumulative count: (quota − YTD)/(1 − m/12), likewise; growth: g_rest = ((1+g)·Annual_{y−1}
 *       − YTD_y(m)) / (Annual_{y−1} − YTD_{y−1}(m)) − 1 in %, with YTD_y(m) = YTD_{y−1}(m)·(1 + YTD
 *       growth), the bureau's comparable-price reading; stock: (A_y − actual)/(12 − m), the
 *       additions needed per remaining month; rates: none.
 * </ul>
 *
 * @param projection year-end projection, or null
 * @param projectedGap projection − A_y, or null
 * @param restOfYearPace the pace the rest of the year needs, or null
 * @param reason why a value is missing, or null when all are there
 */
public record Outlook(
    Double projection, Double projectedGap, Double restOfYearPace, Reason reason) {

  /** No outlook at all. */
  public static Outlook none(Reason reason) {
    return new Outlook(null, null, null, reason);
  }
}
