// Rankings: the children of a region (the districts of a city) ranked by pace for an indicator.
import { el, get, pooled, show, t, name, fmt } from './api-i18n.js';
import { latestYear } from './overview.js';

export async function renderRankings(main, _parts, params) {
  main.replaceChildren(el('p', { class: 'muted' }, t('loading')));
  const year = Number(params.get('year')) || (await latestYear());
  const parent = params.get('parent') || '210100';
  const [regions, indicators] = await Promise.all([get('/regions'), get('/indicators')]);
  const children = new Set(regions.items.filter((r) => r.parentCode === parent).map((r) => r.code));
  // Indicators that the children have figures for.
  const lists = await pooled([...children], 6, (code) => get('/progress', { year, region: code }));
  const withData = new Set(lists.flatMap((l) => l.items.map((p) => p.indicator.code)));
  const options = indicators.items.filter((i) => withData.has(i.code));
  // Open on the first indicator that has a ranking, not merely figures.
  const ranks = (code) => get('/rankings', { year, parent, indicator: code });
  let indicator = params.get('indicator') || '';
  let ranking = indicator ? await ranks(indicator) : null;
  for (let i = 0; !indicator && i < options.length; i++) {
    const candidate = await ranks(options[i].code);
    if (candidate.entries.length) [indicator, ranking] = [options[i].code, candidate];
  }
  const go = (changes) => {
    const q = new URLSearchParams({ year, parent, indicator, ...changes });
    location.hash = `#/rankings?${q}`;
  };
  const select = (id, value, items, key) =>
    el('select', { id, onchange: (e) => go({ [key]: e.target.value }) },
      items.map((i) => el('option', { value: i.code, selected: i.code === value }, name(i))));
  const parents = regions.items.filter((r) => r.children.length > 0);
  show(main,
    el('h1', {}, t('rankings')),
    el('div', { class: 'filters' },
      el('label', {}, t('chooseParent'), select('f-parent', parent, parents, 'parent')),
      el('label', {}, t('chooseIndicator'), select('f-indicator', indicator, [{ code: '', nameZh: '—', nameEn: '—' }, ...options], 'indicator'))),
    ranking && ranking.entries.length ? table(ranking) : el('p', { class: 'empty', id: 'no-ranking' }, t('noRankingFor', name(regions.items.find((r) => r.code === parent)), year)));
}

function table(ranking) {
  return el('table', { class: 'list', id: 'ranking' },
    el('caption', {}, t('ranking', name(ranking.parent), name(ranking.indicator))),
    el('thead', {}, el('tr', {}, [t('rank'), t('region'), t('deviation'), t('status')].map((h) => el('th', {}, h)))),
    el('tbody', {}, ranking.entries.map((e) => el('tr', {},
      el('td', {}, `${e.rank} / ${e.rankedRegions}`),
      el('td', {}, name(e.region)),
      el('td', {}, e.deviationKind === 'RATIO' ? `ρ ${fmt(e.deviation, 3)}` : `Δ ${fmt(e.deviation, 2)} pp`),
      el('td', {}, el('span', { class: `chip s-${e.status}` }, t(e.status)))))));
}
