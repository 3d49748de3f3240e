// Calls the NewsSearch API; failures become ApiError carrying the problem document.
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function getJson(path, params, signal) {
  const query = params && params.toString();
  let response;
  try {
    response = await fetch(query ? `${path}?${query}` : path, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, null);
  }

  const type = response.headers.get('Content-Type') ?? '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export const searchArticles = (params, signal) => getJson('/api/v1/search', params, signal);

export const getArticle = (id, q, signal) =>
  getJson(`/api/v1/articles/${encodeURIComponent(id)}`, q ? new URLSearchParams({ q }) : null, signal);

export const getFacets = (signal) => getJson('/api/v1/facets', null, signal);

export const getRelated = (id, signal) =>
  getJson(`/api/v1/articles/${encodeURIComponent(id)}/related`, null, signal);

export const getPivot = (params, signal) => getJson('/api/v1/search/pivot', params, signal);

export const getSuggestions = (prefix, signal) => getJson('/api/v1/suggest', new URLSearchParams({ prefix }), signal);
export const getVersions = (id, signal) => getJson(`/api/v1/articles/${encodeURIComponent(id)}/versions`, null, signal);
export const getConcordance = (params, signal) => getJson('/api/v1/search/concordance', params, signal);
export const getTrends = (params, signal) => getJson('/api/v1/trends', params, signal);
export const getTerms = (params, signal) => getJson('/api/v1/search/terms', params, signal);
