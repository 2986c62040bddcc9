import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/svelte';
import { loadLang, loadLaterText } from '../../src/lib/i18n/i18n.svelte';

// The board's parts load as a lazy chunk (a dynamic import): on a loaded CI machine that can take
// longer than findBy's default second. Waiting longer changes no outcome, only patience.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no matchMedia: answer as a wide screen with no preferences, as most tests assume.
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: /min-width/.test(query),
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// English loads lazily in the app (the first visit is Dutch), and so does the text of what loads
// lazily (the board, the dialogs): tests render any component in either language.
await loadLaterText();
await loadLang('en');
