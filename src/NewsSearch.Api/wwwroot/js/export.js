// The download links: the whole result set of the current search, as the API's export files.
import { exportParams, feedParams } from './state.js';

/** Points each link (an <a download> with data-format) at the export of state. */
export function updateExportLinks(links, state) {
  for (const link of links) {
    const params = exportParams(state);
    params.set('format', link.dataset.format);
    link.href = `/api/v1/search/export?${params}`;
  }
}

/** Points the feed links (the page's <link rel="alternate"> and the visible one) at the Atom feed of state. */
export function updateFeedLinks(links, state) {
  const query = feedParams(state).toString();
  for (const link of links) link.href = `/api/v1/search/feed${query ? `?${query}` : ''}`;
}
