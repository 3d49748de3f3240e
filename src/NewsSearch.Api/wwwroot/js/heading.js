// An article's heading: its title, or (when the source gave none) a heading the API took from its
// text, always shown marked so it is never read as the source's title.
import { h } from './dom.js';
import { t } from './i18n.js';

/** True when item ({heading, headingDerived}) shows a heading taken from its text. */
export const isDerived = (item) => Boolean(item.heading && item.headingDerived);

/** The visible content: the heading, after a small "from the text" label when it is derived. */
export function headingContent(item) {
  if (!item.heading) return [t('untitled')];
  if (!item.headingDerived) return [item.heading];
  return [h('span', { class: 'derived-label' }, t('derivedLabel')), h('span', { class: 'derived-text' }, item.heading)];
}

/** The accessible name of a derived heading, which says that it is not the title; null otherwise. */
export const headingName = (item) => (isDerived(item) ? t('derivedName')(item.heading) : null);

/** The class of an element showing the heading: untitled articles are shown muted. */
export const headingClass = (item) => (item.headingDerived || !item.heading ? 'untitled' : '');
