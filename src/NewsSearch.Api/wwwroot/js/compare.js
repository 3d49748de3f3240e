// The compare table: the current search's matches counted by zone × partner country (or × sector).
// Activating a cell filters the search to exactly that zone and that country.
import { getPivot } from './api.js';
import { h } from './dom.js';
import { currentLang, t } from './i18n.js';
import { facetLabel } from './labels.js';
import { apiParams } from './state.js';

export const COMPARE_COLUMNS = ['country', 'sector'];
const MAX_ROWS = 10;
const MAX_COLS = 8;

function valueLabel(dimension, value) {
  return facetLabel(dimension, value.value, currentLang() === 'en' ? value.labelEn || value.label : value.label);
}

/**
 * The compare section in container: load(state, signal) asks for the pivot of a search (null when
 * it cannot be had: the search itself reports errors), show(pivot, total) renders it.
 * onPick(changes) gets the state changes of an activated cell.
 */
export function compareSection(container, { getState, onPick }) {
  let cols = 'country';

  function load(current, signal) {
    const params = apiParams({ ...current, sort: 'relevance', page: 1, pageSize: null });
    params.set('rows', 'zone');
    params.set('cols', cols);
    return getPivot(params, signal).catch((error) => {
      if (error.name === 'AbortError') throw error;
      return null;
    });
  }

  function show(pivot, total) {
    container.hidden = !pivot || total === 0;
    // The table lives in a folded panel, which goes with it.
    const panel = container.closest('details');
    if (panel) panel.hidden = container.hidden;
    if (container.hidden) return;
    renderCompare(container, pivot, {
      // A cell filters to exactly its zone and its column value, so the total is the cell's count.
      onPick: (row, col) => onPick({ zone: [row], [pivot.cols]: [col] }),
      onColumns: async (dimension) => {
        cols = dimension;
        show(await load(getState()), total);
        container.querySelector('#compare-cols')?.focus();
      },
    });
  }

  return { load, show };
}

/**
 * Renders the API's pivot table into container.
 * onPick(row, col) when a cell is activated; onColumns(dimension) when the selector changes.
 */
function renderCompare(container, pivot, { onPick, onColumns }) {
  const rows = (pivot?.rowValues ?? []).slice(0, MAX_ROWS);
  const cols = (pivot?.colValues ?? []).slice(0, MAX_COLS);
  const counts = new Map((pivot?.cells ?? []).map((c) => [`${c.row}\u001f${c.col}`, c.count]));
  const dimensionNames = t('dimension');

  const selector = h('select', { id: 'compare-cols', onchange: (event) => onColumns(event.target.value) },
    COMPARE_COLUMNS.map((d) => h('option', { value: d, selected: pivot?.cols === d }, dimensionNames[d])));

  const head = h('div', { class: 'compare-head' },
    h('h2', { id: 'compare-title' }, t('compareTitle')),
    h('label', { for: 'compare-cols' }, t('compareBy')), selector);

  if (rows.length === 0 || cols.length === 0) {
    container.replaceChildren(head, h('p', { class: 'muted' }, t('compareEmpty')));
    return;
  }

  const cell = (row, col) => {
    const count = counts.get(`${row.value}\u001f${col.value}`) ?? 0;
    if (count === 0) return h('td', { class: 'empty', dataset: { row: row.value, col: col.value, count: '0' } }, '·');
    const label = t('compareCell')(valueLabel('zone', row), valueLabel(pivot.cols, col), count);
    return h('td', { dataset: { row: row.value, col: col.value, count: String(count) } },
      h('button', { type: 'button', class: 'cell', 'aria-label': label, title: label, onclick: () => onPick(row.value, col.value) }, String(count)));
  };

  const table = h('table', { class: 'compare-table', id: 'compare-table' },
    h('caption', {}, t('compareCaption')(dimensionNames.zone, dimensionNames[pivot.cols])),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, dimensionNames.zone),
      cols.map((col) => h('th', { scope: 'col', dataset: { col: col.value } }, valueLabel(pivot.cols, col))))),
    h('tbody', {}, rows.map((row) => h('tr', {},
      h('th', { scope: 'row', dataset: { row: row.value } }, valueLabel('zone', row)),
      cols.map((col) => cell(row, col))))));

  container.replaceChildren(head, h('div', { class: 'compare-scroll' }, table));
}
