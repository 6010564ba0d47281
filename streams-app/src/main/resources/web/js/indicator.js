// One target in one year: actual against the expected path with its band, the projection to
// year-end and the pace the rest of the year needs; the five-year path; alert history; source.
import { el, get, show, t, name, fmt, periodLabel, currentLang } from './api-i18n.js';
import { paceSeries, fiveYearPath } from './paths.js';

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export async function renderIndicator(main, [targetId, yearText]) {
  const year = Number(yearText);
  main.replaceChildren(el('p', { class: 'muted' }, t('loading')));
  const progress = await get(`/progress/${encodeURIComponent(targetId)}/${year}`);
  const [target, history, echarts] = await Promise.all([
    progress.target ? get(`/targets/${encodeURIComponent(targetId)}`) : null,
    alertHistory(progress),
    import(ECHARTS),
  ]);
  const chart = el('div', { class: 'chart', id: 'chart' });
  const fiveYear = el('div', { class: 'chart small', id: 'chart-five-year' });
  show(main,
    el('p', {}, el('a', { href: `#/overview?year=${year}` }, `← ${t('back')}`)),
    el('h1', { id: 'indicator-title' }, `${name(progress.region)} · ${name(progress.indicator)} · ${year}`),
    facts(progress, target),
    chart,
    fiveYear,
    el('h2', {}, t('alertHistory')),
    historyTable(history),
  );
  draw(echarts, chart, paceOption(progress, history));
  const path = target && fiveYearPath(target, progress);
  if (path) draw(echarts, fiveYear, fiveYearOption(path, target));
  else fiveYear.remove();
}

/** The target's alert transitions, oldest first; asks for the history only if an alert exists. */
async function alertHistory(p) {
  const alerts = await get('/alerts', { state: 'all', year: p.year, region: p.region.code, indicator: p.indicator.code });
  if (!alerts.items.some((a) => a.targetId === p.targetId)) return [];
  return (await get(`/alerts/${encodeURIComponent(p.targetId)}/${p.year}/history`)).events;
}

function facts(p, target) {
  const o = p.outlook ?? {};
  const row = (label, value) => el('div', {}, el('dt', {}, label), el('dd', {}, value));
  return el('dl', { class: 'facts' },
    row(t('status'), el('span', { class: `chip s-${p.status}`, id: 'status' }, t(p.status))),
    row(t('latestPeriod'), periodLabel(p.period) || '–'),
    row(t('actual'), `${fmt(p.actual, 2)} ${p.unit ?? ''}`),
    row(t('expected'), `${fmt(p.expected, 2)} ${p.unit ?? ''}`),
    row(t('milestone'), fmt(p.annualMilestone, 2)),
    row(t('deviation'), p.deviationKind === 'RATIO' ? `ρ = ${fmt(p.deviation, 3)}` : `Δ = ${fmt(p.deviation, 2)} pp`),
    row(t('projection'), fmt(o.yearEndProjection, 2)),
    row(t('projectedGap'), fmt(o.projectedGap, 2)),
    o.paceNeededRestOfYear != null ? row('', el('strong', { id: 'pace-needed' }, paceNeeded(p))) : null,
    p.notEvaluableReason ? row('', t('notEvaluable', p.notEvaluableReason)) : null,
    target ? row(t('target'), `${t(target.comparator)} ${target.value} ${target.unit} (${target.targetYear}) · ${t(target.kind)} · ${t(target.attribute)}${target.soft ? ` · ${t('soft')}` : ''}`) : null,
    p.source ? row(t('source'), el('span', { id: 'source' }, `${p.source.document}, ${t('line', p.source.line)}`)) : null);
}

/** Growth targets: the growth the rest of the year needs; levels: the annual rate it must run at. */
function paceNeeded(p) {
  const pace = p.outlook.paceNeededRestOfYear;
  return p.deviationKind === 'RATIO' ? t('paceNeededLevel', fmt(pace, 1), p.unit ?? '') : t('paceNeeded', `${pace >= 0 ? '+' : ''}${fmt(pace, 1)}`);
}

function draw(echarts, node, option) {
  const chart = echarts.init(node);
  chart.setOption(option);
  new ResizeObserver(() => chart.resize()).observe(node);
}

function paceOption(p, history) {
  const s = paceSeries(p, history);
  const line = (nameKey, data, extra = {}) => ({ name: t(nameKey), type: 'line', data, showSymbol: false, ...extra });
  return {
    animation: false,
    textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
    title: { text: t('yearPath', p.year), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 60, right: 30, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: MONTHS.map((m) => (currentLang() === 'zh' ? `${m}月` : m)), name: t('month') },
    yAxis: { type: 'value', name: p.unit ?? '', scale: true },
    series: [
      line('band', s.bandLow, { stack: 'band', lineStyle: { opacity: 0 }, symbol: 'none' }),
      line('band', s.bandWidth, { stack: 'band', lineStyle: { opacity: 0 }, symbol: 'none', areaStyle: { color: 'rgba(46,160,67,0.18)' } }),
      line('expected', s.expected, { lineStyle: { type: 'solid', color: '#6e7781' }, itemStyle: { color: '#6e7781' } }),
      line('actual', s.actual, { showSymbol: true, connectNulls: true, lineStyle: { width: 3, color: '#0969da' }, itemStyle: { color: '#0969da' } }),
      line('projection', s.projection, { connectNulls: true, lineStyle: { type: 'dashed', color: '#bf8700' }, itemStyle: { color: '#bf8700' } }),
    ],
  };
}

function fiveYearOption(path, target) {
  return {
    animation: false,
    title: { text: t('fiveYear'), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    grid: { left: 60, right: 30, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: path.years },
    yAxis: { type: 'value', name: target.unit, scale: true },
    series: [
      { name: t('expected'), type: 'line', data: path.planned, lineStyle: { color: '#6e7781' } },
      { name: t('milestone'), type: 'scatter', data: path.milestone, symbolSize: 10, itemStyle: { color: '#0969da' } },
    ],
  };
}

function historyTable(events) {
  if (!events.length) return el('p', { class: 'muted', id: 'alert-history' }, t('noAlerts'));
  const zh = currentLang() === 'zh';
  return el('table', { class: 'list', id: 'alert-history' },
    el('tbody', {}, [...events].reverse().map((a) =>
      el('tr', { 'data-transition': a.transition },
        el('td', {}, a.raisedAt.replace('T', ' ').slice(0, 16)),
        el('td', {}, el('span', { class: `chip sev-${a.severity}` }, t(a.transition))),
        el('td', {}, t(a.severity)),
        el('td', {}, zh ? a.textZh : a.textEn)))));
}
