// Pace statuses: their order (worst first) and the legend.
import { el, t } from './api-i18n.js';

export const STATUSES = ['CRITICAL', 'BEHIND', 'ON_TRACK', 'AHEAD', 'NOT_EVALUABLE'];

/** The worse of two statuses (CRITICAL is the worst; NOT_EVALUABLE ranks after AHEAD). */
export const worse = (a, b) => (!a ? b : !b ? a : STATUSES.indexOf(a) <= STATUSES.indexOf(b) ? a : b);

export const legend = () =>
  el('div', { class: 'legend' }, [...STATUSES, 'NONE'].map((s) => el('span', { class: `chip s-${s}` }, t(s))));
