// "Related articles" under an article: links to the most similar articles and the words they share.
import { h } from './dom.js';
import { headingClass, headingContent, headingName } from './heading.js';
import { t } from './i18n.js';
import { toQueryString } from './state.js';

/** The related-articles section for the API's {id, related:[...]}, or null when there are none. */
export function relatedSection(response, state) {
  const related = response?.related ?? [];
  if (related.length === 0) return null;

  return h('section', { class: 'related', id: 'related', 'aria-labelledby': 'related-title' },
    h('h2', { id: 'related-title' }, t('relatedTitle')),
    h('ol', { class: 'related-list' }, related.map((item) => h('li', { class: 'related-item', dataset: { id: item.id } },
      h('a', { href: toQueryString({ ...state, article: item.id }), dataset: { articleId: item.id }, class: headingClass(item), 'aria-label': headingName(item) },
        headingContent(item)),
      h('p', { class: 'hit-meta' },
        item.published ? h('time', { dateTime: item.published }, item.published) : h('span', { class: 'muted' }, t('noDate')),
        item.source ? [' · ', item.source] : null),
      item.sharedTerms.length
        ? h('p', { class: 'shared-terms' }, t('relatedShared'), ' ',
          item.sharedTerms.map((term) => h('span', { class: 'shared-term' }, term)))
        : null))));
}
