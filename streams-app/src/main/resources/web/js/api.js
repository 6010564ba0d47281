// The query API (/api/v1, see openapi/planwatch-api.yaml) and small DOM helpers.
const BASE = '/api/v1';

export async function get(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const url = `${BASE}${path}${query.size ? `?${query}` : ''}`;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(`${response.status} ${body.message || response.statusText} (${url})`);
  }
  return body;
}

/** Runs tasks with at most `width` in flight; resolves to their results in order. */
export async function pooled(items, width, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/** An element with attributes and children: el('td', {class: 'x'}, 'text', otherEl). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (v === undefined || v === null || v === false) return;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  });
  children.flat().forEach((c) => {
    if (c !== undefined && c !== null && c !== false) node.append(c instanceof Node ? c : String(c));
  });
  return node;
}

/** Fills `node` with the given parts, leaving out absent ones (replaceChildren would write "null"). */
export const show = (node, ...parts) => node.replaceChildren(...parts.filter((p) => p !== null && p !== undefined && p !== false));

export const fmt = (n, digits = 1) => (n === null || n === undefined ? '–' : Number(n).toFixed(digits));

/** The hash route's parameters: #/view/a/b?x=1 gives {parts: ['view','a','b'], params}. */
export function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query || '') };
}
