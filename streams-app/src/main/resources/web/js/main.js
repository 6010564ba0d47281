// Entry: header, language switch, live-feed indicator and the hash router.
import { el, route, t, setLang, currentLang, onLangChange } from './api-i18n.js';
import { renderOverview } from './overview.js';
import { renderIndicator } from './indicator.js';
import { renderAlerts, startFeed } from './alerts.js';
import { renderRankings } from './rankings.js';
import { renderProjects } from './projects.js';

const VIEWS = {
  overview: renderOverview,
  indicator: renderIndicator,
  alerts: renderAlerts,
  rankings: renderRankings,
  projects: renderProjects,
};

function header() {
  document.title = `planwatch · ${t('title')}`;
  const current = route().parts[0] || 'overview';
  document.getElementById('nav').replaceChildren(
    ...['overview', 'alerts', 'rankings', 'projects'].map((v) =>
      el('a', { href: `#/${v}`, class: v === current ? 'active' : null, id: `nav-${v}` }, t(v))),
  );
  document.getElementById('lang').textContent = t('switchLang');
}

async function render() {
  header();
  const { parts, params } = route();
  const view = VIEWS[parts[0]] || renderOverview;
  const main = document.getElementById('view');
  try {
    await view(main, parts.slice(1), params);
  } catch (e) {
    main.replaceChildren(el('p', { class: 'error' }, t('error', e.message)));
  }
}

document.getElementById('lang').addEventListener('click', () => setLang(currentLang() === 'zh' ? 'en' : 'zh'));
document.documentElement.lang = currentLang() === 'zh' ? 'zh-CN' : 'en';
onLangChange(render);
window.addEventListener('hashchange', render);
startFeed(document.getElementById('live'));
render();
