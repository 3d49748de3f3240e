// The result list: count, hits with highlighted snippets, pagination, empty and error messages.
import { h } from './dom.js';
import { t } from './i18n.js';
import { facetLabel } from './labels.js';
import { headingClass, headingContent, headingName } from './heading.js';
import { appendRuns, markedRuns } from './highlight.js';
import { DIMENSIONS, toQueryString, withChanges } from './state.js';
import { versionsControl } from './versions.js';

const TAG_DIMENSIONS = { zone: 'zones', country: 'countries', sector: 'sectors' };

export function renderCount(el, response) {
  el.dataset.total = String(response.total);
  el.textContent = t('resultCount')(response.total, response.tookMs);
}

function hitItem(hit, state) {
  const href = toQueryString({ ...state, article: hit.id }) || './';
  const title = h('a', { href, class: headingClass(hit), 'aria-label': headingName(hit), dataset: { articleId: hit.id } },
    headingContent(hit));

  const meta = h('p', { class: 'hit-meta' },
    hit.published ? h('time', { dateTime: hit.published }, hit.published) : h('span', { class: 'muted' }, t('noDate')),
    hit.source ? [' · ', h('span', { class: 'hit-source' }, hit.source)] : null);

  const tags = DIMENSIONS.flatMap((d) => (hit[TAG_DIMENSIONS[d]] ?? []).map((value) =>
    h('li', { class: `tag tag-${d}`, dataset: { value } }, facetLabel(d, value))));

  return h('li', { class: 'hit', dataset: { id: hit.id } },
    h('h2', { class: 'hit-title' }, title),
    meta,
    appendRuns(h('p', { class: 'snippet' }), markedRuns(hit.snippet)),
    tags.length ? h('ul', { class: 'tags', 'aria-label': t('tags') }, tags) : null,
    hit.versions > 1 ? versionsControl(hit, state) : null);
}

export function renderHits(list, response, state) {
  list.replaceChildren(...response.hits.map((hit) => hitItem(hit, state)));
}

export function renderPagination(nav, response, state) {
  const pages = Math.ceil(response.total / response.pageSize);
  if (pages <= 1) {
    nav.replaceChildren();
    return;
  }

  const current = response.page;
  const link = (page, text, extra = {}) => h('a', {
    href: toQueryString(withChanges(state, { page })) || './',
    class: 'page-link',
    dataset: { page: String(page) },
    ...extra,
  }, text);

  const numbers = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - current) <= 2) numbers.push(p);
    else if (numbers[numbers.length - 1] !== '…') numbers.push('…');
  }

  nav.replaceChildren(h('ul', {},
    current > 1 ? h('li', {}, link(current - 1, t('prev'), { rel: 'prev' })) : null,
    numbers.map((p) => h('li', {}, p === '…'
      ? h('span', { class: 'gap' }, '…')
      : p === current
        ? h('span', { class: 'page-current', 'aria-current': 'page', 'aria-label': t('pageN')(p) }, String(p))
        : link(p, String(p), { 'aria-label': t('pageN')(p) }))),
    current < pages ? h('li', {}, link(current + 1, t('next'), { rel: 'next' })) : null));
}

/** The message box for no results or an error; action is an optional { text, onclick }. */
export function renderMessage(box, kind, title, lines, action) {
  box.hidden = false;
  box.className = `message message-${kind}`;
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  box.replaceChildren(h('h2', {}, title), ...lines.filter(Boolean).map((line) => h('p', {}, line)));
  if (action) box.append(h('button', { type: 'button', class: 'secondary', onclick: action.onclick }, action.text));
}

/** Readable lines from a problem document: its detail, then each parameter's errors. */
export function problemLines(problem) {
  if (!problem) return [];
  const lines = [];
  if (problem.detail) lines.push(problem.detail);
  for (const [parameter, messages] of Object.entries(problem.errors ?? {})) {
    for (const message of [].concat(messages)) lines.push(`${parameter}: ${message}`);
  }
  if (lines.length === 0 && problem.title) lines.push(problem.title);
  return lines;
}
