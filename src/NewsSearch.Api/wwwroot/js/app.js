// The page: reads the state from the URL, asks the API, renders, and keeps history in step.
import { ApiError, getFacets, searchArticles } from './api.js';
import { showArticleFailure, showArticlePage } from './article-page.js';
import { compareSection } from './compare.js';
import { showConcordance } from './concordance.js';
import { h } from './dom.js';
import { renderFacet } from './facets.js';
import { updateExportLinks, updateFeedLinks } from './export.js';
import { applyStaticStrings, currentLang, setLang, t } from './i18n.js';
import { loadVocabulary } from './labels.js';
import { problemLines, renderCount, renderHits, renderMessage, renderPagination } from './results.js';
import {
  apiParams, DIMENSIONS, hasFilters, monthRange, parseState, selectedMonth, toQueryString, withChanges,
} from './state.js';
import { loadTerms, renderTerms } from './terms.js';
import { drawTimeline } from './timeline.js';
import { trendsSection } from './trends.js';
import { attachSuggestions } from './suggest.js';

const $ = (id) => document.getElementById(id);
const els = {
  app: $('app'),
  searchView: $('search-view'),
  articleView: $('article-view'),
  form: $('search-form'),
  q: $('q'),
  sort: $('sort'),
  collapse: $('collapse'),
  from: $('from'),
  to: $('to'),
  count: $('result-count'),
  results: $('results'),
  loading: $('loading'),
  message: $('message'),
  hits: $('hits'),
  pagination: $('pagination'),
  timelinePanel: $('timeline-panel'),
  timelineChart: $('timeline-chart'),
  exportLinks: document.querySelectorAll('#export a[data-format]'),
  feedLinks: [$('feed-link'), $('feed-alternate')],
  facets: $('facets'),
  facetsToggle: $('facets-toggle'),
  helpToggle: $('syntax-help-toggle'),
  help: $('syntax-help'),
  helpList: $('syntax-help-list'),
  clearAll: $('clear-all'),
  compare: $('compare'),
  suggestions: $('q-suggestions'),
  lang: $('lang-switch'),
  viewButtons: document.querySelectorAll('.view-switch button[data-view]'),
  termsSection: $('terms'),
  termsList: $('terms-list'),
  trends: {
    panel: $('trends-panel'),
    form: $('trends-form'),
    inputs: $('trends-inputs'),
    add: $('trends-add'),
    interval: $('trends-interval'),
    csv: $('trends-csv'),
    message: $('trends-message'),
    chart: $('trends-chart'),
  },
  kwic: {
    section: $('kwic'),
    count: $('kwic-count'),
    sort: $('kwic-sort'),
    csv: $('kwic-csv'),
    message: $('kwic-message'),
    table: $('kwic-table'),
    lines: $('kwic-lines'),
    pagination: $('kwic-pagination'),
  },
};

let state = parseState(location.search);
let controller = null;
let generation = 0;
const expanded = new Set();
let suggestions = null;
const trends = trendsSection(els.trends, { onCompare: (changes) => navigate({ ...state, ...changes }) });
const compare = compareSection(els.compare, {
  getState: () => state,
  onPick: (changes) => navigate(withChanges(state, changes)),
});

function navigate(next) {
  const previous = state;
  state = next;
  history.pushState(null, '', toQueryString(next) || location.pathname);
  render(previous);
}

function canonicalizeUrl() {
  const canonical = toQueryString(state);
  if (canonical !== location.search) history.replaceState(null, '', canonical || location.pathname);
}

function setBusy(busy) {
  els.app.dataset.state = busy ? 'loading' : els.app.dataset.state;
  els.loading.hidden = !busy;
  els.results.setAttribute('aria-busy', busy ? 'true' : 'false');
  els.results.classList.toggle('is-loading', busy);
}

function finish(current, outcome) {
  els.app.dataset.state = outcome;
  els.app.dataset.rendered = toQueryString(current);
}

function syncForm(current) {
  if (els.q.value !== current.q) els.q.value = current.q;
  els.sort.value = current.sort;
  els.collapse.checked = current.collapse;
  els.from.value = current.from;
  els.to.value = current.to;
  for (const button of els.viewButtons) button.setAttribute('aria-pressed', String(button.dataset.view === current.view));
}

/** Remembers which control has focus so it can be focused again after its panel is rebuilt. */
function focusKey() {
  const active = document.activeElement;
  if (!active || !els.facets.contains(active)) return null;
  return active.dataset.key ? `[data-key="${CSS.escape(active.dataset.key)}"]` : null;
}

async function render(previous = null) {
  const current = state;
  const mine = ++generation;
  controller?.abort();
  controller = new AbortController();
  syncForm(current);
  updateExportLinks(els.exportLinks, current);
  updateFeedLinks(els.feedLinks, current);

  const showArticle = Boolean(current.article);
  els.searchView.hidden = showArticle;
  els.articleView.hidden = !showArticle;
  document.title = [current.q, 'NewsSearch'].filter(Boolean).join(' · ');

  setBusy(true);
  try {
    if (showArticle) await showArticlePage(els.articleView, current, controller.signal);
    else await showResults(current, previous, controller.signal);
    if (mine === generation) finish(current, 'ready');
  } catch (error) {
    if (error.name === 'AbortError' || mine !== generation) return;
    if (showArticle) showArticleFailure(els.articleView, current, error);
    else showSearchFailure(error);
    finish(current, 'error');
  } finally {
    if (mine === generation) setBusy(false);
  }
}

async function showResults(current, previous, signal) {
  // The concordance has pages of its own: the search behind it is asked for its first page, for the counts and facets.
  const kwic = current.view === 'kwic';
  // The significant words read the result set's text, slower than the search on large sets: they come when they come.
  const terms = loadTerms(current, signal).catch(() => null);
  const [response, pivot] = await Promise.all([
    searchArticles(apiParams(kwic ? { ...current, page: 1 } : current), signal),
    compare.load(current, signal),
    kwic ? showConcordance(els.kwic, current, signal) : null,
    trends.show(current, signal),
  ]);
  if (signal.aborted) return;
  const refocus = focusKey();

  els.kwic.section.hidden = !kwic;
  els.hits.hidden = kwic;
  els.pagination.hidden = kwic;
  renderCount(els.count, response);
  renderHits(els.hits, response, current);
  renderPagination(els.pagination, response, current);
  renderFacets(current, response.facets);
  terms.then((words) => {
    if (!signal.aborted) renderTerms(els.termsSection, els.termsList, words, (term) => navigate(withChanges(state, { q: `${state.q} ${term}`.trim(), article: '' })));
  });
  drawTimeline(els.timelineChart, response.facets.month ?? [], (month) => pickMonth(month));
  els.timelinePanel.hidden = els.timelineChart.hidden;
  compare.show(pivot, response.total);
  showEmptyState(current, response);

  if (refocus) els.facets.querySelector(refocus)?.focus();
  if (previous?.article) {
    els.hits.querySelector(`a[data-article-id="${CSS.escape(previous.article)}"]`)?.focus();
  }
}

function renderFacets(current, facets) {
  for (const dimension of DIMENSIONS) {
    renderFacet($(`facet-${dimension}`), dimension, facets[dimension] ?? [], current[dimension], expanded.has(dimension), {
      onToggle: (value, checked) => {
        const values = state[dimension].filter((v) => v !== value);
        if (checked) values.push(value);
        navigate(withChanges(state, { [dimension]: values }));
      },
      onMore: () => {
        if (expanded.has(dimension)) expanded.delete(dimension);
        else expanded.add(dimension);
        renderFacets(state, facets);
        $(`facet-${dimension}`).querySelector('.facet-more')?.focus();
      },
    });
  }
}

function showEmptyState(current, response) {
  if (response.hits.length > 0) {
    els.message.hidden = true;
    return;
  }

  if (response.total > 0) {
    renderMessage(els.message, 'empty', t('noResultsTitle'), [], {
      text: t('pageN')(1),
      onclick: () => navigate(withChanges(state, { page: 1 })),
    });
    return;
  }

  renderMessage(els.message, 'empty', t('noResultsTitle'), [t('noResultsHelp')], hasFilters(current)
    ? { text: t('clearFilters'), onclick: clearFilters }
    : null);
}

function showSearchFailure(error) {
  els.count.textContent = '';
  delete els.count.dataset.total;
  els.hits.replaceChildren();
  els.pagination.replaceChildren();
  els.timelinePanel.hidden = true;
  if (error instanceof ApiError && error.status === 0) {
    renderMessage(els.message, 'error', t('errorTitle'), [t('networkError')], { text: t('retry'), onclick: () => render() });
    return;
  }

  const problem = error instanceof ApiError ? error.problem : null;
  // Validation problems carry no detail, only errors per parameter: show the title, then each of them.
  const lines = problem ? [...new Set([problem.title, ...problemLines(problem)])] : [String(error.message)];
  renderMessage(els.message, 'error', t('errorTitle'), [...lines, t('errorHelp')]);
}

function pickMonth(month) {
  const changes = selectedMonth(state) === month ? { from: '', to: '' } : monthRange(month);
  navigate(withChanges(state, changes));
}

function clearFilters() {
  navigate(withChanges(state, { zone: [], country: [], sector: [], from: '', to: '' }));
}

function renderSyntaxHelp() {
  els.helpList.replaceChildren(
    ...t('syntax').map(([example, meaning]) => h('li', {}, h('code', {}, example), ' ', meaning)),
    h('li', { class: 'note' }, t('syntaxNote')));
}

function applyLanguage() {
  applyStaticStrings();
  els.lang.textContent = t('switchTo');
  els.lang.lang = currentLang() === 'en' ? 'zh-CN' : 'en';
  renderSyntaxHelp();
}

/** In-page links (results, pages, back) change the state without reloading the page. */
function onLinkClick(event) {
  const link = event.target.closest('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname || link.target) return;
  event.preventDefault();
  navigate(parseState(url.search));
}

function bind() {
  els.form.addEventListener('submit', (event) => {
    event.preventDefault();
    suggestions?.close();
    navigate(withChanges(state, { q: els.q.value.trim(), article: '' }));
  });
  suggestions = attachSuggestions(els.q, els.suggestions, {
    onWord: () => els.q.focus(),
    onFacet: (dimension, value, rest) => navigate(withChanges(state, {
      q: rest,
      [dimension]: [...new Set([...state[dimension], value])],
      article: '',
    })),
  });
  els.sort.addEventListener('change', () => navigate(withChanges(state, { sort: els.sort.value })));
  els.kwic.sort.addEventListener('change', () => navigate(withChanges(state, { ksort: els.kwic.sort.value })));
  for (const button of els.viewButtons) {
    button.addEventListener('click', () => {
      if (state.view !== button.dataset.view) navigate(withChanges(state, { view: button.dataset.view }));
    });
  }
  els.collapse.addEventListener('change', () => navigate(withChanges(state, { collapse: els.collapse.checked })));
  for (const input of [els.from, els.to]) {
    input.addEventListener('change', () => navigate(withChanges(state, { from: els.from.value, to: els.to.value })));
  }
  els.clearAll.addEventListener('click', clearFilters);
  els.helpToggle.addEventListener('click', () => {
    const open = els.help.hidden;
    els.help.hidden = !open;
    els.helpToggle.setAttribute('aria-expanded', String(open));
  });
  els.facetsToggle.addEventListener('click', () => {
    const open = !els.facets.classList.contains('open');
    els.facets.classList.toggle('open', open);
    els.facetsToggle.setAttribute('aria-expanded', String(open));
  });
  els.lang.addEventListener('click', () => {
    setLang(currentLang() === 'en' ? 'zh' : 'en');
    applyLanguage();
    render();
  });
  document.addEventListener('click', onLinkClick);
  window.addEventListener('popstate', () => {
    const previous = state;
    state = parseState(location.search);
    canonicalizeUrl();
    render(previous);
  });
}

async function start() {
  applyLanguage();
  bind();
  canonicalizeUrl();
  try {
    loadVocabulary(await getFacets());
  } catch {
    // Labels fall back to the Chinese labels in each search response.
  }
  await render();
}

start();
