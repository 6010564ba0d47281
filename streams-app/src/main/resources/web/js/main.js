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

const HEALTH_POLL_MS = 5000;
let health = null;

/** How long until done, in words: seconds below two minutes, else minutes. */
const duration = (seconds) => (seconds < 120 ? t('seconds', seconds) : t('minutes', Math.ceil(seconds / 60)));

/** The banner saying the app is not ready, or working off a backlog; hidden otherwise. */
function showHealth() {
  const banner = document.getElementById('backlog');
  const backlog = health?.backlog;
  let text = '';
  if (health && !health.ready && health.reason && health.state !== 'RUNNING') text = t('notReady', health.reason);
  else if (backlog && backlog.recordsBehind > 0) {
    text = backlog.secondsToCatchUp == null
      ? t('backlogNoEta', backlog.recordsBehind)
      : t('backlog', backlog.recordsBehind, duration(backlog.secondsToCatchUp));
  }
  banner.hidden = !text;
  banner.textContent = text;
}

async function pollHealth() {
  try {
    const response = await fetch('/health/live', { headers: { Accept: 'application/json' } });
    health = await response.json();
  } catch (e) {
    health = null;
  }
  showHealth();
  setTimeout(pollHealth, HEALTH_POLL_MS);
}

document.getElementById('lang').addEventListener('click', () => setLang(currentLang() === 'zh' ? 'en' : 'zh'));
document.documentElement.lang = currentLang() === 'zh' ? 'zh-CN' : 'en';
onLangChange(render);
onLangChange(showHealth);
window.addEventListener('hashchange', render);
startFeed(document.getElementById('live'));
render();
pollHealth();
