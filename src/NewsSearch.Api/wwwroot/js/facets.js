// Facet panels: checkboxes with drill-sideways counts, selected values first, "show more" past ten.
import { h } from './dom.js';
import { t } from './i18n.js';
import { facetLabel } from './labels.js';

export const VISIBLE_VALUES = 10;

/**
 * Renders one dimension into container.
 * counts: the API's [{value,label,count,selected}]; expanded: whether all values show;
 * onToggle(value, checked); onMore().
 */
export function renderFacet(container, dimension, counts, selected, expanded, { onToggle, onMore }) {
  const values = [...counts];
  for (const value of selected) {
    if (!values.some((c) => c.value === value)) values.push({ value, label: value, count: 0, selected: true });
  }
  const isSelected = (c) => c.selected || selected.includes(c.value);
  // Stable sort: selected first, otherwise the API's order (most articles first).
  values.sort((a, b) => Number(isSelected(b)) - Number(isSelected(a)));

  const shown = expanded ? values : values.slice(0, Math.max(VISIBLE_VALUES, values.filter(isSelected).length));
  const hidden = values.length - shown.length;
  const titleId = `facet-${dimension}-title`;

  const list = h('ul', { class: 'facet-values' }, shown.map((c) => {
    const id = `f-${dimension}-${c.value}`;
    const checked = isSelected(c);
    return h('li', { class: checked ? 'selected' : '' },
      h('input', {
        type: 'checkbox',
        id,
        checked,
        value: c.value,
        dataset: { key: `${dimension}:${c.value}`, dimension },
        onchange: (event) => onToggle(c.value, event.target.checked),
      }),
      h('label', { for: id },
        h('span', { class: 'facet-name' }, facetLabel(dimension, c.value, c.label)),
        h('span', { class: 'facet-count', dataset: { count: String(c.count) } }, String(c.count))));
  }));

  const body = values.length === 0
    ? h('p', { class: 'facet-empty' }, t('noValues'))
    : list;

  const more = values.length > VISIBLE_VALUES && (hidden > 0 || expanded)
    ? h('button', {
        type: 'button',
        class: 'link-button facet-more',
        'aria-expanded': expanded ? 'true' : 'false',
        dataset: { key: `${dimension}:more` },
        onclick: onMore,
      }, expanded ? t('showLess') : t('showMore')(hidden))
    : null;

  container.replaceChildren(
    h('h3', { id: titleId, class: 'facet-title' }, t('dimension')[dimension]),
    h('div', { role: 'group', 'aria-labelledby': titleId }, body));
  if (more) container.append(more);
}
