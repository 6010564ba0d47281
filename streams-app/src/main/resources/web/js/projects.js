// Projects of a region: started and completed against the plan, investment against the annual
// plan, overdue milestones.
import { el, get, show, t, name, fmt } from './api-i18n.js';
import { latestYear } from './overview.js';

/** A count or '–' when there is none: never "null". */
const shown = (n) => (n === null || n === undefined ? '–' : String(n));

export async function renderProjects(main, _parts, params) {
  main.replaceChildren(el('p', { class: 'muted' }, t('loading')));
  const region = params.get('region') || '210112';
  // The newest year with project reports; failing that, with totals against the plan.
  const hasReports = async (y) => (await get('/projects', { region, year: y })).projects.length > 0;
  const hasTotals = async (y) => (await get('/projects', { region, year: y })).totals != null;
  const year = Number(params.get('year')) || (await latestYear(hasReports, hasTotals));
  const regions = await get('/regions');
  const data = await get('/projects', { region, year });
  const empty = !data.totals && data.projects.length === 0;
  const go = (changes) => { location.hash = `#/projects?${new URLSearchParams({ year, region, ...changes })}`; };
  show(main,
    el('h1', {}, `${t('projects')} · ${name(data.region)} · ${year}`),
    el('div', { class: 'filters' },
      el('label', {}, t('region'), el('select', { id: 'f-region', onchange: (e) => go({ region: e.target.value }) },
        regions.items.map((r) => el('option', { value: r.code, selected: r.code === region }, name(r))))),
      el('label', {}, t('year'), el('input', { id: 'f-year', type: 'number', value: year, onchange: (e) => go({ year: e.target.value }) }))),
    empty ? el('p', { class: 'empty', id: 'no-projects' }, t('noProjectsYear', name(data.region), year)) : null,
    empty ? null : totals(data.totals),
    data.projects.length ? list(data.projects) : null);
}

function totals(x) {
  if (!x) return el('p', { class: 'muted', id: 'no-totals' }, t('noProjectTotals'));
  const vs = (a, plan) => (plan == null ? shown(a) : `${shown(a)} / ${shown(plan)} ${t('plan')}`);
  const row = (label, value) => el('div', {}, el('dt', {}, label), el('dd', {}, value));
  return el('dl', { class: 'facts', id: 'project-totals' },
    row(t('total'), shown(x.projects)),
    row(t('started'), vs(x.started, x.startedPlan)),
    row(t('completed'), vs(x.completed, x.completedPlan)),
    row(t('investment'), vs(fmt(x.investmentCompletedYtd, 2), x.investmentAnnualPlan == null ? null : fmt(x.investmentAnnualPlan, 2))),
    row(t('overdue'), shown(x.overdueMilestones)));
}

function list(projects) {
  return el('table', { class: 'list', id: 'projects' },
    el('thead', {}, el('tr', {}, [t('project'), t('status'), t('investment'), t('annualPlan'), t('overdue'), t('lastReport')].map((h) => el('th', {}, h)))),
    el('tbody', {}, projects.map((p) => el('tr', { class: p.overdueMilestones.length ? 'overdue' : null },
      el('td', {}, p.name), el('td', {}, p.status ? t(p.status) : '–'), el('td', {}, fmt(p.investmentCompletedYtd, 2)),
      el('td', {}, fmt(p.plannedAnnualInvestment, 2)), el('td', {}, p.overdueMilestones.map((m) => t(m)).join(', ') || '–'),
      el('td', {}, p.lastReportDate ?? '–')))));
}
