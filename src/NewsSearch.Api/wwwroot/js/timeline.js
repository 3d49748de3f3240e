// The month timeline: an inline SVG of bars built with DOM calls; a bar with articles is a keyboard-operable button.
import { svg } from './dom.js';
import { currentLang, t } from './i18n.js';

const WIDTH = 760;
const GAP = 2;
const HEIGHT = 80;
const LABEL = 14;
const COUNT_LABEL_MIN_BAR = 16;

const percent = (share) => new Intl.NumberFormat(currentLang() === 'en' ? 'en' : 'zh-CN', {
  style: 'percent', maximumFractionDigits: 1,
}).format(share);

/** Draws months [{value:'2021-06',count,total,share,selected}] into container; onPick(month) when a bar is activated. */
export function drawTimeline(container, months, onPick) {
  const focused = container.contains(document.activeElement) ? document.activeElement.closest('[data-month]')?.dataset.month : null;
  container.replaceChildren();
  const bars = months.filter((m) => /^\d{4}-\d{2}$/.test(m.value));
  container.hidden = bars.length === 0;
  if (bars.length === 0) return;

  const slot = Math.max(6, Math.min(40, Math.floor(WIDTH / bars.length)));
  const bar = slot - GAP;
  const width = bars.length * slot + GAP;
  const max = Math.max(1, ...bars.map((m) => m.count));
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${HEIGHT + LABEL * 2}`,
    width,
    height: HEIGHT + LABEL * 2,
    role: 'group',
    'aria-label': t('timelineTitle'),
    class: 'timeline-svg',
  }, svg('title', {}, t('timelineTitle')));

  bars.forEach((month, i) => {
    const x = GAP + i * slot;
    const height = month.count === 0 ? 1 : Math.max(3, Math.round((month.count / max) * (HEIGHT - 4)));
    const label = t('monthBar')(month.value, month.count, month.total, percent(month.share ?? 0), month.selected);
    const group = svg('g', {
      class: `bar${month.selected ? ' selected' : ''}`,
      tabindex: month.count > 0 || month.selected ? 0 : undefined,
      role: 'button',
      'aria-pressed': month.selected ? 'true' : 'false',
      'aria-label': label,
      'data-month': month.value,
      'data-count': month.count,
      'data-total': month.total,
    },
    svg('title', {}, label),
    svg('rect', { class: 'bar-hit', x: x - GAP / 2, y: 0, width: slot, height: HEIGHT + LABEL * 2 }),
    bar >= COUNT_LABEL_MIN_BAR && month.count > 0
      ? svg('text', { class: 'bar-count', x: x + bar / 2, y: LABEL + HEIGHT - height - 3, 'text-anchor': 'middle' }, String(month.count))
      : null,
    svg('rect', { class: 'bar-rect', x, y: LABEL + HEIGHT - height, width: bar, height }),
    i === 0 || month.value.endsWith('-01')
      ? svg('text', { class: 'bar-year', x, y: LABEL * 2 + HEIGHT - 2 }, month.value.slice(0, 4))
      : null);

    group.addEventListener('click', () => onPick(month.value));
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onPick(month.value);
      }
    });
    root.append(group);
  });

  container.append(root);
  if (focused) container.querySelector(`[data-month="${CSS.escape(focused)}"]`)?.focus();
}
