// The page's whole state lives in the URL query string; these read and write it.
export const DIMENSIONS = ['zone', 'country', 'sector'];
export const SORTS = ['relevance', 'newest', 'oldest'];
export const KWIC_SORTS = ['date', 'left', 'right'];

/** Lines per page and characters of context on each side in the concordance view. */
export const KWIC_PAGE_SIZE = 50;
export const KWIC_WIDTH = 20;

/** Most queries a trend compares. */
export const TREND_QUERIES = 6;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(value) {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** Reads a state from a query string such as location.search. */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const unique = (name) => [...new Set(params.getAll(name).filter((v) => v !== ''))];
  const sort = params.get('sort');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    q: params.get('q') ?? '',
    zone: unique('zone'),
    country: unique('country'),
    sector: unique('sector'),
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    sort: SORTS.includes(sort) ? sort : 'relevance',
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: positiveInt(params.get('pageSize')),
    article: params.get('article') ?? '',
    // Reprints are grouped unless the URL says collapse=false.
    collapse: params.get('collapse') !== 'false',
    // The result list, or view=kwic: the concordance of the same search, in its own order.
    view: params.get('view') === 'kwic' ? 'kwic' : 'list',
    ksort: KWIC_SORTS.includes(params.get('ksort')) ? params.get('ksort') : 'date',
    // The queries of the trend chart (tq, repeated, in order) and its interval.
    tq: params.getAll('tq').map((v) => v.trim()).filter((v) => v !== '').slice(0, TREND_QUERIES),
    ti: params.get('ti') === 'year' ? 'year' : 'month',
  };
}

/** The search parameters of a state, in a fixed order; defaults are left out. */
export function searchParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const dimension of DIMENSIONS) {
    for (const value of state[dimension]) params.append(dimension, value);
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize) params.set('pageSize', String(state.pageSize));
  if (state.collapse === false) params.set('collapse', 'false');
  return params;
}

/** The parameters to send to /api/v1/search: the page's own, plus the month timeline for the chart. */
export function apiParams(state) {
  const params = searchParams(state);
  params.set('timeline', 'month');
  return params;
}

/** The parameters of an export of state's whole result set: no page, no page size. */
export function exportParams(state) {
  return searchParams({ ...state, page: 1, pageSize: null });
}

/** The parameters of the Atom feed of state: its matches, always newest first, so no order and no page. */
export function feedParams(state) {
  return searchParams({ ...state, sort: 'relevance', page: 1, pageSize: null });
}

/** The parameters of a page of the concordance of state. */
export function concordanceParams(state) {
  const params = searchParams({ ...state, sort: 'relevance', pageSize: null });
  if (state.ksort && state.ksort !== 'date') params.set('sort', state.ksort);
  params.set('width', String(KWIC_WIDTH));
  params.set('pageSize', String(KWIC_PAGE_SIZE));
  return params;
}

/** The parameters of the CSV of every line of the concordance of state. */
export function concordanceFileParams(state) {
  const params = concordanceParams({ ...state, page: 1 });
  params.delete('pageSize');
  params.set('format', 'csv');
  return params;
}

/** The parameters of the trends of state: its queries, in order, with the search's filters. */
export function trendsParams(state) {
  const params = new URLSearchParams();
  for (const query of state.tq) params.append('q', query);
  const filters = searchParams({ ...state, q: '', sort: 'relevance', page: 1, pageSize: null });
  for (const [name, value] of filters) params.append(name, value);
  params.set('interval', state.ti);
  return params;
}

/** The page URL (query string with leading '?', or '' for the start page) of a state. */
export function toQueryString(state) {
  const params = searchParams(state);
  if (state.view === 'kwic') params.set('view', 'kwic');
  if (state.ksort && state.ksort !== 'date') params.set('ksort', state.ksort);
  for (const query of state.tq ?? []) params.append('tq', query);
  if (state.ti === 'year') params.set('ti', 'year');
  if (state.article) params.set('article', state.article);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A copy of state with changes applied; any change other than the page goes back to page 1. */
export function withChanges(state, changes) {
  const next = { ...state, ...changes };
  if (!('page' in changes)) next.page = 1;
  return next;
}

export function hasFilters(state) {
  return DIMENSIONS.some((d) => state[d].length > 0) || Boolean(state.from || state.to);
}

/** The from/to pair of one calendar month ('2021-06'). */
export function monthRange(month) {
  const [year, number] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The month whose whole range the state's dates cover exactly, or null. */
export function selectedMonth(state) {
  const match = /^(\d{4}-\d{2})-01$/.exec(state.from);
  return match && state.to === monthRange(match[1]).to ? match[1] : null;
}

