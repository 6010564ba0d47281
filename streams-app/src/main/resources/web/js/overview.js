// Overview: regions × indicators coloured by pace status, for one year. Rows are paged (50 a
// page) and columns are the indicators the page's regions have, so a national catalogue of
// thousands of regions never draws more than one page of cells.
import { el, get, pooled, show, t, name, fmt, periodLabel } from './api-i18n.js';
import { legend, worse } from './status.js';

const PAGE = 50;
const FULL_LIMIT = 10000;
const YEARS_BACK = 10; // a five-year plan and the years before it
const KINDS = ['PROVINCE', 'CITY', 'DISTRICT', 'COUNTY', 'COUNTY_LEVEL_CITY', 'ZONE'];

let reference; // {regions: Map, indicators: Map}, loaded once

async function loadReference() {
  if (!reference) {
    const [regions, indicators] = await Promise.all([get('/regions'), get('/indicators')]);
    reference = {
      regions: new Map(regions.items.map((r) => [r.code, r])),
      indicators: new Map(indicators.items.map((i) => [i.code, i])),
    };
  }
  return reference;
}

const hasProgress = async (year) => (await get('/progress', { year, limit: 1 })).total > 0;

/**
 * The newest year, from next year back over the span of the plans, for which `hasData(year)`
 * holds (by default: any progress); failing that, the newest for which the next test holds, and
 * so on; this year when none does.
 */
export async function latestYear(...tests) {
  const now = new Date().getFullYear();
  for (const hasData of tests.length ? tests : [hasProgress]) {
    for (let y = now + 1; y > now - YEARS_BACK; y--) {
      if (await hasData(y)) return y;
    }
  }
  return now;
}

/** Progress of the year grouped as region → indicator → records. */
function byCell(items) {
  const cells = new Map();
  items.forEach((p) => {
    const row = cells.get(p.region.code) ?? new Map();
    cells.set(p.region.code, row);
    row.set(p.indicator.code, [...(row.get(p.indicator.code) ?? []), p]);
  });
  return cells;
}

export async function renderOverview(main, _parts, params) {
  main.replaceChildren(el('p', { class: 'muted' }, t('loading')));
  const year = Number(params.get('year')) || (await latestYear());
  const state = { year, indicator: params.get('indicator') || '', kind: params.get('kind') || '', parent: params.get('parent') || '', q: params.get('q') || '', page: Number(params.get('page')) || 1 };

  // Small enough: one request for the whole year; else per region of the shown page.
  const [ref, probe] = await Promise.all([loadReference(), get('/progress', { year, limit: 1 })]);
  const complete = probe.total <= FULL_LIMIT;
  const all = complete && probe.total > 1 ? await get('/progress', { year, limit: FULL_LIMIT }) : probe;
  const cells = byCell(complete ? all.items : []);

  const matches = (r) =>
    (!state.kind || r.kind === state.kind) &&
    (!state.parent || r.parentCode === state.parent) &&
    (!state.q || `${r.code} ${r.nameZh} ${r.nameEn}`.toLowerCase().includes(state.q.toLowerCase()));
  const candidates = complete ? [...cells.keys()].map((c) => ref.regions.get(c) ?? { code: c, kind: '' }) : [...ref.regions.values()];
  const rows = candidates.filter(matches).sort((a, b) => a.code.localeCompare(b.code));
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  state.page = Math.min(state.page, pages);
  const shown = rows.slice((state.page - 1) * PAGE, state.page * PAGE);

  if (!complete) {
    const missing = shown.filter((r) => !cells.has(r.code));
    const lists = await pooled(missing, 6, (r) => get('/progress', { year, region: r.code, limit: FULL_LIMIT }));
    byCell(lists.flatMap((l) => l.items)).forEach((v, k) => cells.set(k, v));
  }
  const present = [...new Set(shown.flatMap((r) => [...(cells.get(r.code)?.keys() ?? [])]))].sort();
  const indicatorCodes = state.indicator ? present.filter((c) => c === state.indicator) : present;

  const go = (changes) => {
    const next = { ...state, ...changes };
    const q = new URLSearchParams(Object.entries(next).filter(([, v]) => v !== '' && v !== undefined));
    location.hash = `#/overview?${q}`;
  };
  const empty = probe.total === 0;
  show(main,
    filters(state, ref, go, present),
    empty ? el('p', { class: 'empty', id: 'no-progress' }, t('noProgressYear', year)) : null,
    el('div', { class: 'summary' }, t('rows', rows.length), legend()),
    empty ? null : grid(shown, indicatorCodes, cells, ref, year),
    empty ? null : pager(state.page, pages, go),
  );
  performance.mark('planwatch:overview-rendered'); // load time, as the browser measures it
}

function filters(state, ref, go, indicatorCodes) {
  const years = Array.from({ length: YEARS_BACK }, (_, i) => new Date().getFullYear() - i);
  if (!years.includes(state.year)) years.push(state.year);
  const parents = [...ref.regions.values()].filter((r) => r.children.length > 0);
  const select = (id, value, options, onchange) =>
    el('select', { id, onchange }, options.map(([v, label]) => el('option', { value: v, selected: String(v) === String(value) }, label)));
  const search = el('input', { id: 'f-q', type: 'search', placeholder: t('search'), value: state.q });
  search.addEventListener('change', () => go({ q: search.value, page: 1 }));
  return el('form', { class: 'filters', onsubmit: (e) => e.preventDefault() },
    el('label', {}, t('year'), select('f-year', state.year, years.sort().reverse().map((y) => [y, y]), (e) => go({ year: e.target.value, page: 1 }))),
    el('label', {}, t('level'), select('f-kind', state.kind, [['', t('all')], ...KINDS.map((k) => [k, t(k)])], (e) => go({ kind: e.target.value, page: 1 }))),
    el('label', {}, t('parent'), select('f-parent', state.parent, [['', t('all')], ...parents.map((r) => [r.code, name(r)])], (e) => go({ parent: e.target.value, page: 1 }))),
    el('label', {}, t('indicator'), select('f-indicator', state.indicator, [['', t('allIndicators')], ...indicatorCodes.map((c) => [c, name(ref.indicators.get(c) ?? { code: c })])], (e) => go({ indicator: e.target.value }))),
    search);
}

function grid(regions, indicatorCodes, cells, ref, year) {
  const head = el('tr', {},
    el('th', { class: 'region' }, t('region')),
    el('th', { class: 'count' }, t('count')),
    indicatorCodes.map((code) => el('th', { class: 'ind', title: code }, el('span', {}, name(ref.indicators.get(code) ?? { code })))));
  const body = regions.map((r) => {
    const row = cells.get(r.code) ?? new Map();
    const statuses = [...row.values()].flat().map((p) => p.status);
    const good = statuses.filter((s) => s === 'ON_TRACK' || s === 'AHEAD').length;
    const evaluated = statuses.filter((s) => s !== 'NOT_EVALUABLE').length;
    return el('tr', { 'data-region': r.code },
      el('th', { class: 'region', scope: 'row' }, name(r), el('small', {}, ` ${r.code}`)),
      el('td', { class: 'count' }, `${good}/${evaluated}`),
      indicatorCodes.map((code) => cell(r, code, row.get(code), year)));
  });
  return el('div', { class: 'grid-wrap' }, el('table', { class: 'grid', id: 'grid' }, el('thead', {}, head), el('tbody', {}, body)));
}

function cell(region, code, records, year) {
  if (!records) return el('td', { class: 'cell s-NONE', 'data-status': 'NONE', title: t('noData') });
  const worst = records.reduce((w, p) => (worse(w.status, p.status) === p.status ? p : w));
  const tip = records.map((p) => `${name(p.indicator)} · ${t(p.status)} · ${periodLabel(p.period)} ${fmt(p.actual)} / ${fmt(p.expected)} ${p.unit ?? ''}`).join('\n');
  return el('td', {
    class: `cell s-${worst.status}`, 'data-status': worst.status, 'data-region': region.code, 'data-indicator': code, title: tip,
    tabindex: 0, role: 'link',
    onclick: () => { location.hash = `#/indicator/${encodeURIComponent(worst.targetId)}/${year}`; },
    onkeydown: (e) => { if (e.key === 'Enter') e.target.click(); },
  }, records.length > 1 ? records.length : '');
}

function pager(page, pages, go) {
  return el('div', { class: 'pager' },
    el('button', { type: 'button', id: 'prev', disabled: page <= 1, onclick: () => go({ page: page - 1 }) }, t('prev')),
    el('span', {}, t('page', page, pages)),
    el('button', { type: 'button', id: 'next', disabled: page >= pages, onclick: () => go({ page: page + 1 }) }, t('next')));
}
