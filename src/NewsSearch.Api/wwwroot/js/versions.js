// A grouped hit's "N versions" button, which lists the story's versions in place (loaded on first open).
import { getVersions } from './api.js';
import { h } from './dom.js';
import { headingClass, headingContent, headingName } from './heading.js';
import { t } from './i18n.js';
import { toQueryString } from './state.js';

function versionItem(version, state) {
  const href = toQueryString({ ...state, article: version.id }) || './';
  return h('li', { class: 'version', dataset: { id: version.id } },
    h('a', { href, class: headingClass(version), 'aria-label': headingName(version), dataset: { articleId: version.id } },
      version.heading ? headingContent(version) : version.id),
    h('span', { class: 'version-meta' },
      version.source ? [' · ', version.source] : null,
      ' · ',
      version.published ? h('time', { dateTime: version.published }, version.published) : t('noDate')));
}

export function versionsControl(hit, state) {
  const listId = `versions-${hit.id}`;
  const list = h('ul', { id: listId, class: 'versions', hidden: true, 'aria-label': t('versionsOf')(hit.heading || hit.id) });
  let loaded = false;
  const button = h('button', {
    type: 'button',
    class: 'link-button versions-toggle',
    'aria-expanded': 'false',
    'aria-controls': listId,
    dataset: { versions: String(hit.versions) },
  }, t('versions')(hit.versions));

  button.addEventListener('click', async () => {
    const open = list.hidden;
    list.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (!open || loaded) return;
    loaded = true;
    try {
      const group = await getVersions(hit.id);
      list.replaceChildren(...group.versions.map((version) => versionItem(version, state)));
    } catch {
      loaded = false;
      list.replaceChildren(h('li', { class: 'muted' }, t('versionsFailed')));
    }
  });

  return h('div', { class: 'hit-versions' }, button, list);
}
