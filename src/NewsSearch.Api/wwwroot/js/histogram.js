// The year histogram: an inline SVG built with DOM calls; each bar is a keyboard-operable button.
import { svg } from './dom.js';
import { t } from './i18n.js';

const BAR = 36;
const GAP = 10;
const HEIGHT = 90;
const LABEL = 16;

/** Draws years [{value,count,selected}] into container; onPick(year) when a bar is activated. */
export function drawHistogram(container, years, onPick) {
  container.replaceChildren();
  const bars = [...years].filter((y) => /^\d{4}$/.test(y.value)).sort((a, b) => a.value.localeCompare(b.value));
  if (bars.length === 0) return;

  const max = Math.max(1, ...bars.map((y) => y.count));
  const width = bars.length * (BAR + GAP) + GAP;
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${HEIGHT + LABEL * 2}`,
    width,
    height: HEIGHT + LABEL * 2,
    role: 'group',
    'aria-label': t('histogramTitle'),
    class: 'histogram-svg',
  }, svg('title', {}, t('histogramTitle')));

  bars.forEach((year, i) => {
    const x = GAP + i * (BAR + GAP);
    const height = year.count === 0 ? 2 : Math.max(4, Math.round((year.count / max) * (HEIGHT - 4)));
    const label = t('yearBar')(year.value, year.count, year.selected);
    const bar = svg('g', {
      class: `bar${year.selected ? ' selected' : ''}`,
      tabindex: 0,
      role: 'button',
      'aria-pressed': year.selected ? 'true' : 'false',
      'aria-label': label,
      'data-year': year.value,
    },
    svg('title', {}, label),
    svg('rect', { class: 'bar-hit', x: x - GAP / 2, y: 0, width: BAR + GAP, height: HEIGHT + LABEL * 2 }),
    svg('text', { class: 'bar-count', x: x + BAR / 2, y: LABEL + HEIGHT - height - 4, 'text-anchor': 'middle' }, String(year.count)),
    svg('rect', { class: 'bar-rect', x, y: LABEL + HEIGHT - height, width: BAR, height, rx: 3 }),
    svg('text', { class: 'bar-year', x: x + BAR / 2, y: LABEL * 2 + HEIGHT - 3, 'text-anchor': 'middle' }, year.value));

    bar.addEventListener('click', () => onPick(year.value));
    bar.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onPick(year.value);
      }
    });
    root.append(bar);
  });

  container.append(root);
}
