// The download links: the whole result set of the current search, as the API's export files.
import { exportParams } from './state.js';

/** Points each link (an <a download> with data-format) at the export of state. */
export function updateExportLinks(links, state) {
  for (const link of links) {
    const params = exportParams(state);
    params.set('format', link.dataset.format);
    link.href = `/api/v1/search/export?${params}`;
  }
}
