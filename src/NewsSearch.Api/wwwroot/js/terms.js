// The significant words beside the results: what the current result set says more often than the
// whole archive; activating one adds it to the query.
import { getTerms } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { hasFilters, searchParams } from './state.js';

const LIMIT = 12;

/** Loads the words of state's result set (null when there is nothing to compare: no query, no filters; or on failure). */
export function loadTerms(state, signal) {
  if (!state.q && !hasFilters(state)) return Promise.resolve(null);
  const params = searchParams({ ...state, sort: 'relevance', page: 1, pageSize: null });
  params.set('limit', String(LIMIT));
  return getTerms(params, signal).catch((error) => {
    if (error.name === 'AbortError') throw error;
    return null;
  });
}

/** Shows the words in section (hidden when there are none); onPick(term) when one is activated. */
export function renderTerms(section, list, terms, onPick) {
  const words = terms?.terms ?? [];
  section.hidden = words.length === 0;
  list.replaceChildren(...words.map((term) => h('li', {},
    h('button', {
      type: 'button',
      class: 'term',
      dataset: { term: term.term },
      'aria-label': t('termAdd')(term.term, term.foreground, terms.sampleSize),
      title: t('termCounts')(term.foreground, terms.sampleSize, term.background, terms.backgroundSize),
      onclick: () => onPick(term.term),
    }, term.term))));
}
