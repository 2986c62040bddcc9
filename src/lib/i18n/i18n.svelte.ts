// The current language as shared state; `t` is the message set, `tx` picks a data text. Dutch is
// part of the page; English loads the first time it is wanted (loadLang), so a Dutch first visit
// does not carry it. The switch preloads it on intent (hover, focus, first touch).
import type { Text } from '../content/schema';
import { nl } from './nl';
import { withFallback, type Lang, type Messages } from './messages';

let loaded = $state.raw<Partial<Record<Lang, Messages>>>({ nl });
const pending: Partial<Record<Lang, Promise<void>>> = {};

/** Makes a language's messages available; resolves at once when they already are. */
export function loadLang(lang: Lang): Promise<void> {
  if (loaded[lang]) return Promise.resolve();
  return (pending[lang] ??= import('./en').then(
    (m) => void (loaded = { ...loaded, [lang]: withFallback(m.en) }),
    (error: unknown) => {
      delete pending[lang];
      throw error;
    },
  ));
}

export class I18n {
  /** Set through select(); a language not yet loaded shows Dutch until it is. */
  lang = $state<Lang>('nl');
  t = $derived(loaded[this.lang] ?? nl);

  constructor(lang: Lang = 'nl') {
    this.lang = lang;
    // Whoever did not load it first (the web component) sees it switch once it is there.
    void loadLang(lang).catch(() => {});
  }

  /** Switches at once when loaded, else once loaded; a failed load keeps the current one. */
  select(lang: Lang): Promise<void> {
    if (loaded[lang]) {
      this.lang = lang;
      return Promise.resolve();
    }
    return loadLang(lang).then(
      () => void (this.lang = lang),
      () => {},
    );
  }

  tx = (text: Text): string => text[this.lang];
}
