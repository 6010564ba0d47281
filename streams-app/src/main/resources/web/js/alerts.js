// The live alert feed: server-sent events from /events/alerts (the app reads pace.alerts),
// newest first, filtered by region, severity and state in the page.
import { el, t, name, route, currentLang, onLangChange } from './api-i18n.js';

const FEED = '/events/alerts';
const MAX = 500;
const events = []; // newest first
const seen = new Set();
let redraw = () => {};

/** Opens the feed once for the whole page; `badge` shows whether it is live. */
export function startFeed(badge) {
  const show = (state) => { badge.dataset.state = state; badge.textContent = t(state); };
  show('connecting');
  const source = new EventSource(FEED);
  source.onopen = () => show('live');
  source.onerror = () => show(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
  source.addEventListener('alert', (message) => {
    const event = JSON.parse(message.data);
    if (seen.has(event.id)) return; // a reconnect replays the backlog
    seen.add(event.id);
    events.unshift(event);
    events.sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));
    if (events.length > MAX) seen.delete(events.pop().id);
    redraw();
  });
  onLangChange(() => show(badge.dataset.state));
}

export function renderAlerts(main, _parts, params) {
  const filter = { region: params.get('region') || '', severity: params.get('severity') || '', state: params.get('state') || '' };
  const list = el('div', { id: 'feed' });
  const controls = el('div', { class: 'filters' });
  const go = (changes) => {
    const q = new URLSearchParams(Object.entries({ ...filter, ...changes }).filter(([, v]) => v));
    location.hash = `#/alerts?${q}`;
  };
  redraw = () => {
    if (route().parts[0] !== 'alerts') return;
    const regions = new Map(events.map((e) => [e.regionCode, { code: e.regionCode, nameZh: e.regionNameZh, nameEn: e.regionNameEn }]));
    controls.replaceChildren(
      select('f-region', t('region'), filter.region, [...regions.values()].map((r) => [r.code, name(r)]), (v) => go({ region: v })),
      select('f-severity', t('severity'), filter.severity, ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'].map((s) => [s, t(s)]), (v) => go({ severity: v })),
      select('f-state', t('state'), filter.state, [['open', t('open')], ['closed', t('closed')]], (v) => go({ state: v })));
    const shown = events.filter((e) =>
      (!filter.region || e.regionCode === filter.region) &&
      (!filter.severity || e.severity === filter.severity) &&
      (!filter.state || (filter.state === 'open') === e.open));
    list.replaceChildren(...(shown.length ? shown.map(row) : [el('p', { class: 'muted' }, t('noAlerts'))]));
  };
  main.replaceChildren(el('h1', {}, t('alerts')), controls, list);
  redraw();
}

function select(id, label, value, options, onchange) {
  return el('label', {}, label,
    el('select', { id, onchange: (e) => onchange(e.target.value) },
      [['', t('all')], ...options].map(([v, text]) => el('option', { value: v, selected: v === value }, text))));
}

function row(e) {
  const link = e.type === 'PACE_LAG' ? `#/indicator/${encodeURIComponent(e.targetId)}/${e.year}` : null;
  return el('article', { class: `alert sev-${e.severity}`, 'data-id': e.id, 'data-severity': e.severity, 'data-open': String(e.open), 'data-transition': e.transition },
    el('header', {},
      el('span', { class: `chip sev-${e.severity}` }, `${t(e.transition)} · ${t(e.severity)}`),
      el('time', {}, e.raisedAt.replace('T', ' ').slice(0, 16))),
    link ? el('a', { href: link }, currentLang() === 'zh' ? e.textZh : e.textEn) : el('p', {}, currentLang() === 'zh' ? e.textZh : e.textEn));
}
