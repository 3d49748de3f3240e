// The article page: the cleaned article with the query's words marked, its related articles, and
// a link back to the same results.
import { ApiError, getArticle, getRelated } from './api.js';
import { renderArticle, renderArticleError } from './article.js';
import { t } from './i18n.js';
import { relatedSection } from './related.js';
import { problemLines } from './results.js';
import { toQueryString } from './state.js';

/** The URL of the results the article was opened from. */
export const backHref = (current) => toQueryString({ ...current, article: '' }) || './';

/** Loads and shows the article of current.article in view; related articles are optional extras. */
export async function showArticlePage(view, current, signal) {
  const [article, related] = await Promise.all([
    getArticle(current.article, current.q, signal),
    getRelated(current.article, signal).catch((error) => {
      if (error.name === 'AbortError') throw error;
      return null;
    }),
  ]);
  if (signal.aborted) return;
  renderArticle(view, article, backHref(current));
  const section = relatedSection(related, { ...current, article: '' });
  if (section) view.append(section);
  // The page starts at its top, header in view: focus alone would scroll the view's top to the window's.
  window.scrollTo(0, 0);
  view.focus({ preventScroll: true });
}

/** Says why the article could not be shown, with the way back. */
export function showArticleFailure(view, current, error) {
  const problem = error instanceof ApiError ? error.problem : null;
  const title = error instanceof ApiError && error.status === 404 ? t('articleNotFound') : t('errorTitle');
  const lines = error instanceof ApiError && error.status === 0 ? [t('networkError')] : [...problemLines(problem), t('articleHelp')];
  renderArticleError(view, title, lines, backHref(current));
}
