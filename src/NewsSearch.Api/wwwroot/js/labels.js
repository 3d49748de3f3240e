// Facet labels from /api/v1/facets, in the interface language.
import { currentLang } from './i18n.js';

const vocabulary = { zone: new Map(), country: new Map(), sector: new Map() };

export function loadVocabulary(facets) {
  for (const dimension of Object.keys(vocabulary)) {
    vocabulary[dimension] = new Map((facets?.[dimension] ?? []).map((v) => [v.value, v]));
  }
}

/** The label of a facet value; fallback is the API's Chinese label, then the id. */
export function facetLabel(dimension, value, fallback) {
  const entry = vocabulary[dimension]?.get(value);
  if (entry) return currentLang() === 'en' ? entry.labelEn || entry.label : entry.label;
  return fallback || value;
}
