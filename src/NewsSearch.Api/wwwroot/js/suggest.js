// Suggestions under the search box (ARIA combobox with a listbox): completes the word being typed
// into facet values and title words. Arrow keys move, Enter chooses, Escape closes.
import { getSuggestions } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';

const DELAY_MS = 150;
const MAX_PREFIX = 64;

/** The word being typed: the text after the last space. */
function lastWord(text) {
  const match = /(\S+)$/.exec(text);
  return match ? match[1] : '';
}

/**
 * Turns input into a combobox over listbox.
 * onWord(text): the box now holds text; onFacet(dimension, value, rest): tick a facet, rest is the box without the typed word.
 */
export function attachSuggestions(input, listbox, { onWord, onFacet }) {
  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', t('suggestionsLabel'));

  function close() {
    clearTimeout(timer);
    controller?.abort();
    items = [];
    active = -1;
    listbox.hidden = true;
    listbox.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(index) {
    active = index;
    [...listbox.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', listbox.children[index].id);
    else input.removeAttribute('aria-activedescendant');
  }

  function choose(index) {
    const item = items[index];
    if (!item) return;
    const rest = input.value.slice(0, input.value.length - lastWord(input.value).length);
    close();
    if (item.kind === 'word') {
      input.value = `${rest}${item.text}`;
      onWord(input.value);
    } else {
      input.value = rest.trim();
      onFacet(item.kind, item.value, input.value);
    }
  }

  function show(response) {
    items = response.suggestions ?? [];
    if (items.length === 0) {
      close();
      return;
    }
    const kinds = t('suggestionKind');
    listbox.replaceChildren(...items.map((item, i) => h('li', {
      id: `${listbox.id}-${i}`,
      role: 'option',
      'aria-selected': 'false',
      class: `suggestion suggestion-${item.kind}`,
      dataset: { kind: item.kind, value: item.value ?? '', text: item.text },
      onmousedown: (event) => {
        event.preventDefault(); // keep focus in the box
        choose(i);
      },
    }, h('span', { class: 'suggestion-text' }, item.text),
    h('span', { class: 'suggestion-kind' }, kinds[item.kind] ?? item.kind),
    h('span', { class: 'suggestion-count' }, String(item.count)))));
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
  }

  function request() {
    const prefix = lastWord(input.value);
    if (prefix === '' || prefix.length > MAX_PREFIX) {
      close();
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(async () => {
      controller?.abort();
      controller = new AbortController();
      try {
        const response = await getSuggestions(prefix, controller.signal);
        if (lastWord(input.value) === prefix && document.activeElement === input) show(response);
      } catch {
        // Suggestions are a convenience: a failed request just shows none.
      }
    }, DELAY_MS);
  }

  input.addEventListener('input', (event) => {
    if (!event.isComposing) request();
  });
  input.addEventListener('compositionend', request);
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    const open = !listbox.hidden && items.length > 0;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  });

  close();
  return { close };
}
