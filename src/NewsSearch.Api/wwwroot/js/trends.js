// The trends panel: 2 to 6 queries (tq in the URL, so a chart can be shared) counted over the same
// months or years with the search's filters, drawn as a line chart, with the CSV of the series.
import { getTrends } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { problemLines } from './results.js';
import { drawTrends } from './trends-chart.js';
import { TREND_QUERIES, trendsParams } from './state.js';

/** The panel's behaviour: show(state, signal) renders it for a state; onCompare(changes) gets the new tq and ti. */
export function trendsSection(els, { onCompare }) {
  function input(value, i) {
    return h('input', { type: 'text', name: 'tq', value, maxLength: 256, 'aria-label': t('trendsQueryN')(i + 1), class: 'trends-input' });
  }

  function fill(queries) {
    const values = [...queries];
    while (values.length < 3) values.push('');
    els.inputs.replaceChildren(...values.map(input));
    els.add.hidden = values.length >= TREND_QUERIES;
  }

  els.add.addEventListener('click', () => {
    const count = els.inputs.querySelectorAll('input').length;
    if (count >= TREND_QUERIES) return;
    const added = input('', count);
    els.inputs.append(added);
    els.add.hidden = count + 1 >= TREND_QUERIES;
    added.focus();
  });
  els.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const tq = [...els.inputs.querySelectorAll('input')].map((i) => i.value.trim()).filter((v) => v !== '').slice(0, TREND_QUERIES);
    onCompare({ tq, ti: els.interval.value });
  });

  async function show(state, signal) {
    fill(state.tq.length > 0 ? state.tq : [state.q]);
    els.interval.value = state.ti;
    if (state.tq.length < 2) {
      els.chart.replaceChildren();
      els.csv.hidden = true;
      els.message.textContent = t('trendsHint');
      return;
    }

    els.panel.open = true;
    const params = trendsParams(state);
    const csv = new URLSearchParams(params);
    csv.set('format', 'csv');
    els.csv.href = `/api/v1/trends?${csv}`;
    els.csv.hidden = false;
    let trends;
    try {
      trends = await getTrends(params, signal);
    } catch (error) {
      // A refused trend (a query too long...) is the panel's to report; the results stay.
      if (error.name === 'AbortError') throw error;
      els.chart.replaceChildren();
      els.message.textContent = problemLines(error.problem).join(' ') || String(error.message);
      return;
    }

    if (signal.aborted) return;
    els.message.textContent = trends.periods.length === 0 ? t('trendsEmpty') : '';
    drawTrends(els.chart, trends);
  }

  return { show };
}
