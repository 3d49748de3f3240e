// The concordance view: every occurrence of the search's words with the text around it, one line
// each, the matches aligned in one column; its own order and pages, a CSV of every line.
import { getConcordance } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { renderPagination } from './results.js';
import { concordanceFileParams, concordanceParams, toQueryString } from './state.js';

function lineRow(line, state) {
  const href = toQueryString({ ...state, article: line.id }) || './';
  return h('tr', { dataset: { id: line.id } },
    h('td', { class: 'kwic-date' }, line.published ? h('time', { dateTime: line.published }, line.published) : t('noDate')),
    h('td', { class: 'kwic-left' }, line.left),
    h('td', { class: 'kwic-match' }, h('a', { href, title: line.heading, dataset: { articleId: line.id } }, line.match)),
    h('td', { class: 'kwic-right' }, line.right));
}

/** Shows the concordance of state in the section's elements; a query without words gets a hint, not a request. */
export async function showConcordance(els, state, signal) {
  els.csv.href = `/api/v1/search/concordance?${concordanceFileParams(state)}`;
  els.sort.value = state.ksort;
  if (!state.q) {
    els.count.textContent = '';
    els.table.hidden = true;
    els.lines.replaceChildren();
    els.pagination.replaceChildren();
    els.message.hidden = false;
    els.message.textContent = t('kwicNeedsQuery');
    return;
  }

  const page = await getConcordance(concordanceParams(state), signal);
  if (signal.aborted) return;
  els.count.dataset.total = String(page.total);
  els.count.textContent = t('kwicCount')(page.total, page.articles);
  els.lines.replaceChildren(...page.lines.map((line) => lineRow(line, state)));
  els.table.hidden = page.lines.length === 0;
  els.message.hidden = page.total > 0;
  els.message.textContent = page.total > 0 ? '' : t('kwicEmpty');
  renderPagination(els.pagination, { total: page.total, page: page.page, pageSize: page.pageSize }, state);
}
