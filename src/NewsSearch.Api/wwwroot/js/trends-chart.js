// The trends line chart: one line per query over the same periods, drawn as SVG with DOM calls.
// Lines differ by colour and by dash pattern (readable without colour); hovering, or the arrow keys
// on the focused chart, shows every query's value for one period; a data table holds the numbers.
import { h, svg } from './dom.js';
import { currentLang, t } from './i18n.js';

const WIDTH = 760;
const HEIGHT = 260;
const LEFT = 44;
const RIGHT = 24;
const TOP = 12;
const BOTTOM = 34;
export const COLOURS = ['#0b5cad', '#d35400', '#2e7d32', '#8e24aa', '#c62828', '#00838f'];
export const DASHES = ['', '7 4', '2 3', '10 3 2 3', '5 5', '1 3'];

const percent = (share) => new Intl.NumberFormat(currentLang() === 'en' ? 'en' : 'zh-CN', {
  style: 'percent', maximumFractionDigits: 1,
}).format(share);

function ticks(max) {
  const top = Math.max(1, max);
  return [...new Set([0, Math.round(top / 2), top])];
}

function swatch(i) {
  return svg('svg', { width: 28, height: 10, 'aria-hidden': 'true', class: 'trend-swatch' },
    svg('line', { x1: 1, y1: 5, x2: 27, y2: 5, stroke: COLOURS[i], 'stroke-width': 3, 'stroke-dasharray': DASHES[i] || undefined }));
}

/** Draws trends ({interval, periods, series:[{q, total, points:[{period,count,total,share}]}]}) into container. */
export function drawTrends(container, trends) {
  container.replaceChildren();
  const { periods, series } = trends;
  if (periods.length === 0) return;

  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const max = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.count)));
  const x = (i) => LEFT + (periods.length === 1 ? plotWidth / 2 : (i * plotWidth) / (periods.length - 1));
  const y = (count) => TOP + plotHeight - (count / max) * plotHeight;
  const titleId = 'trends-svg-title';
  const descId = 'trends-svg-desc';
  const root = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'trends-svg', role: 'img', tabindex: 0,
    'aria-labelledby': titleId, 'aria-describedby': descId,
  },
  svg('title', { id: titleId }, t('trendsChartTitle')(trends.interval)),
  svg('desc', { id: descId }, t('trendsChartDesc')(periods[0], periods[periods.length - 1], series.map((s) => [s.q, s.total]))));

  for (const tick of ticks(max)) {
    root.append(
      svg('line', { class: 'trend-grid', x1: LEFT, x2: WIDTH - RIGHT, y1: y(tick), y2: y(tick) }),
      svg('text', { class: 'trend-axis', x: LEFT - 6, y: y(tick) + 4, 'text-anchor': 'end' }, String(tick)));
  }

  periods.forEach((period, i) => {
    const labelled = trends.interval === 'year' || i === 0 || period.endsWith('-01');
    if (labelled) {
      root.append(svg('text', { class: 'trend-axis', x: x(i), y: HEIGHT - BOTTOM + 16, 'text-anchor': 'middle' },
        trends.interval === 'year' ? period : period.slice(0, 4)));
    }
  });

  series.forEach((s, i) => {
    const points = s.points.map((p, j) => `${x(j).toFixed(1)},${y(p.count).toFixed(1)}`).join(' ');
    const line = svg('g', { class: 'trend-series', 'data-q': s.q },
      svg('polyline', { points, fill: 'none', stroke: COLOURS[i], 'stroke-width': 2.5, 'stroke-dasharray': DASHES[i] || undefined }));
    if (periods.length <= 60) {
      s.points.forEach((p, j) => line.append(svg('circle', { cx: x(j), cy: y(p.count), r: 3, fill: COLOURS[i] })));
    }
    root.append(line);
  });

  const guide = svg('line', { class: 'trend-guide', x1: 0, x2: 0, y1: TOP, y2: TOP + plotHeight, visibility: 'hidden' });
  const hit = svg('rect', { class: 'trend-hit', x: LEFT - 8, y: 0, width: plotWidth + 16, height: HEIGHT, fill: 'transparent' });
  root.append(guide, hit);

  const tip = h('div', { class: 'trend-tip', role: 'status', 'aria-live': 'polite', hidden: true });
  let current = -1;
  function show(i) {
    current = Math.max(0, Math.min(periods.length - 1, i));
    guide.setAttribute('x1', String(x(current)));
    guide.setAttribute('x2', String(x(current)));
    guide.setAttribute('visibility', 'visible');
    tip.replaceChildren(h('strong', {}, periods[current]), ...series.map((s, k) => {
      const p = s.points[current];
      return h('span', { class: 'trend-tip-row', dataset: { q: s.q } }, swatch(k), t('trendsValue')(s.q, p.count, p.total, percent(p.share)));
    }));
    tip.hidden = false;
    tip.style.left = `${(x(current) / WIDTH) * 100}%`;
  }

  function hide() {
    current = -1;
    guide.setAttribute('visibility', 'hidden');
    tip.hidden = true;
  }

  hit.addEventListener('mousemove', (event) => {
    const box = root.getBoundingClientRect();
    const at = ((event.clientX - box.left) / box.width) * WIDTH;
    show(Math.round(((at - LEFT) / plotWidth) * (periods.length - 1)));
  });
  hit.addEventListener('mouseleave', hide);
  root.addEventListener('keydown', (event) => {
    const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const step = moves[event.key];
    show(Number.isFinite(step) ? (current < 0 ? 0 : current + step) : (step < 0 ? 0 : periods.length - 1));
  });
  root.addEventListener('blur', hide);

  const legend = h('ul', { class: 'trend-legend', 'aria-label': t('trendsLegendLabel') },
    series.map((s, i) => h('li', { dataset: { q: s.q } }, swatch(i), h('span', { class: 'trend-legend-q' }, s.q),
      h('span', { class: 'trend-legend-total' }, t('trendsTotal')(s.total)))));

  const table = h('details', { class: 'trend-data' },
    h('summary', {}, t('trendsTable')),
    h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('trendsPeriod')), series.map((s) => h('th', { scope: 'col' }, s.q)))),
      h('tbody', {}, periods.map((period, j) => h('tr', { dataset: { period } },
        h('th', { scope: 'row' }, period),
        series.map((s) => h('td', { title: percent(s.points[j].share) }, String(s.points[j].count))))))));

  container.append(legend, h('div', { class: 'trend-plot' }, root, tip), table);
}
