// Turns the API's escaped HTML with <mark> into DOM nodes without ever parsing it as HTML:
// the string is split on the two mark tags, every other part is entity-decoded and becomes text.
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Splits escaped HTML into [{ text, marked }] runs (text decoded). */
export function markedRuns(escaped) {
  const runs = [];
  let marked = false;
  for (const part of (escaped ?? '').split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') runs.push({ text: decodeEntities(part), marked });
  }
  return runs;
}

/** Appends runs to parent as text nodes and <mark> elements. */
export function appendRuns(parent, runs) {
  for (const run of runs) {
    if (run.marked) {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(run.text));
    }
  }
  return parent;
}

/** The plain text of escaped HTML with marks. */
export const plainText = (escaped) => markedRuns(escaped).map((r) => r.text).join('');

/**
 * Lays the marks of a highlighted copy of text onto text itself. The API's highlighting turns
 * line breaks into spaces, so the paragraphs come from the plain text and the marks from the copy;
 * both have the same length because escaping is decoded character for character.
 * Returns null when the two do not line up.
 */
export function overlayMarks(text, escaped) {
  const runs = markedRuns(escaped);
  const total = runs.reduce((n, r) => n + r.text.length, 0);
  if (total !== text.length) return null;
  const result = [];
  let at = 0;
  for (const run of runs) {
    result.push({ text: text.slice(at, at + run.text.length), marked: run.marked });
    at += run.text.length;
  }
  return result;
}

/** Splits runs into paragraphs at blank lines (runs of line breaks), keeping marks. */
export function paragraphs(runs) {
  const result = [[]];
  for (const run of runs) {
    const pieces = run.text.split(/\n\s*\n/);
    pieces.forEach((piece, i) => {
      if (i > 0) result.push([]);
      if (piece !== '') result[result.length - 1].push({ text: piece, marked: run.marked });
    });
  }
  return result.filter((p) => p.some((r) => r.text.trim() !== ''));
}
