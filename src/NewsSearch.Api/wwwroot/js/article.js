// The article page: cleaned text in paragraphs with the query's words marked, metadata and tags.
import { h } from './dom.js';
import { currentLang, t } from './i18n.js';
import { headingContent, headingName } from './heading.js';
import { appendRuns, markedRuns, overlayMarks, paragraphs } from './highlight.js';

const TAG_DIMENSIONS = [['zones', 'zone'], ['countries', 'country'], ['sectors', 'sector']];

function bodyParagraphs(article) {
  const plain = [{ text: article.body ?? '', marked: false }];
  const runs = article.highlighted ? overlayMarks(article.body ?? '', article.highlighted.body) : null;
  return paragraphs(runs ?? plain);
}

function titleNode(article) {
  const heading = h('h1', { class: 'article-title', id: 'article-title' });
  if (!article.title) {
    heading.classList.add('untitled');
    heading.append(...headingContent(article));
    if (headingName(article)) heading.setAttribute('aria-label', headingName(article));
  } else if (article.highlighted) {
    appendRuns(heading, markedRuns(article.highlighted.title));
  } else {
    heading.textContent = article.title;
  }
  return heading;
}

function metaRow(label, value) {
  return value ? [h('dt', {}, label), h('dd', {}, value)] : [];
}

export function renderArticle(view, article, backHref) {
  const en = currentLang() === 'en';
  const tagGroups = TAG_DIMENSIONS
    .filter(([key]) => (article[key] ?? []).length > 0)
    .map(([key, dimension]) => h('div', { class: 'tag-group' },
      h('h3', {}, t('dimension')[dimension]),
      h('ul', { class: 'tags' }, article[key].map((tag) =>
        h('li', { class: `tag tag-${dimension}`, dataset: { value: tag.value } },
          en ? tag.labelEn || tag.label : tag.label,
          ' ',
          h('span', { class: 'mentions', title: t('mentions')(tag.mentions) }, `×${tag.mentions}`))))));

  const original = article.url && /^https?:\/\//i.test(article.url)
    ? h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, article.url)
    : null;

  view.replaceChildren(
    h('p', { class: 'back' }, h('a', { href: backHref, id: 'back-to-results', class: 'back-link' }, t('backToResults'))),
    h('article', { class: 'article', 'aria-labelledby': 'article-title' },
      titleNode(article),
      h('dl', { class: 'article-meta' },
        metaRow(t('published'), article.published ? h('time', { dateTime: article.published }, article.published) : null),
        metaRow(t('source'), article.source),
        metaRow(t('author'), article.author),
        metaRow(t('original'), original)),
      tagGroups.length ? h('section', { class: 'article-tags', 'aria-label': t('tags') }, tagGroups) : null,
      h('div', { class: 'article-body' },
        bodyParagraphs(article).map((runs) => appendRuns(h('p'), runs)))));
}

export function renderArticleError(view, title, lines, backHref) {
  view.replaceChildren(
    h('p', { class: 'back' }, h('a', { href: backHref, id: 'back-to-results', class: 'back-link' }, t('backToResults'))),
    h('div', { class: 'message message-error', role: 'alert' },
      h('h1', {}, title),
      lines.filter(Boolean).map((line) => h('p', {}, line))));
}
