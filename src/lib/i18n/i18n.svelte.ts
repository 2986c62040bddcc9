// The current language as shared state; `t` is the message set, `tx` picks a data text. Each
// language's messages come in two parts: the core (nl.ts, en.ts), which the first screen shows,
// and the later part (nl-later.ts, en-later.ts): the board, the workshop tools, the route dialog
// and the detail panel, all code that loads lazily. Dutch's core is part of the page; English
// loads the first time it is wanted (loadLang), so a Dutch first visit does not carry it. The
// switch preloads it on intent (hover, focus, first touch). The later part loads with the code
// that shows it (loadLaterText): a lazy loader awaits both, so nothing shows without its text.
import type { Text } from '../content/schema';
import { nl } from './nl';
import { withFallback, type Lang, type Messages, type PartialMessages } from './messages';

type Part = 'core' | 'later';

const PARTS: Record<Lang, Record<Part, () => Promise<PartialMessages>>> = {
  nl: {
    core: () => Promise.resolve(nl),
    later: () => import('./nl-later').then((m) => m.nlLater),
  },
  en: {
    core: () => import('./en').then((m) => m.en),
    later: () => import('./en-later').then((m) => m.enLater),
  },
};

/** The parts here so far, per language. */
const got: Partial<Record<Lang, Partial<Record<Part, PartialMessages>>>> = { nl: { core: nl } };
/** Parts on their way: each is fetched once (a failed fetch can be tried again). */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache of promises, never shown
const fetching = new Map<string, Promise<void>>();
/** Once asked for, the later part belongs to every language that is loaded (or loads after). */
let laterWanted = false;

/** Each language's messages with the parts it has: Dutch under every other language. */
let loaded = $state.raw<Partial<Record<Lang, Messages>>>({ nl: withFallback() });

function fetchPart(lang: Lang, part: Part): Promise<void> {
  const key = `${lang}:${part}`;
  let p = fetching.get(key);
  if (!p) {
    p = PARTS[lang][part]().then(
      (text) => void ((got[lang] ??= {})[part] = text),
      (error: unknown) => {
        fetching.delete(key);
        throw error;
      },
    );
    fetching.set(key, p);
  }
  return p;
}

/** What `lang` still lacks: its own parts and Dutch's (the fallback under it). */
function missing(lang: Lang): [Lang, Part][] {
  const parts: Part[] = laterWanted ? ['core', 'later'] : ['core'];
  const langs: Lang[] = lang === 'nl' ? ['nl'] : ['nl', lang];
  return langs.flatMap((l) => parts.filter((p) => !got[l]?.[p]).map((p): [Lang, Part] => [l, p]));
}

const complete = (lang: Lang) => loaded[lang] !== undefined && missing(lang).length === 0;

/** Fetches what `lang` lacks, then makes its messages current (again, if the wish grew meanwhile). */
async function ensure(lang: Lang): Promise<void> {
  for (let need = missing(lang); need.length > 0; need = missing(lang))
    await Promise.all(need.map(([l, p]) => fetchPart(l, p)));
  // Published only with every part wanted, so a language never shows half its text.
  const own = lang === 'nl' ? [] : [got[lang]?.core, got[lang]?.later];
  loaded = { ...loaded, [lang]: withFallback(got.nl?.later, ...own) };
}

/** Makes a language's messages available; resolves at once when they already are. */
export function loadLang(lang: Lang): Promise<void> {
  return complete(lang) ? Promise.resolve() : ensure(lang);
}

/**
 * Makes the later messages (board, workshop, route dialog, detail panel) available in every
 * loaded language; resolves at once when they already are. A language still loading gets them
 * before it shows. Whatever reads them first awaits this, beside its own code (see Explorer's
 * loadParts).
 */
export function loadLaterText(): Promise<void> {
  laterWanted = true;
  const langs = Object.keys(loaded) as Lang[];
  return Promise.all(langs.map(loadLang)).then(() => {});
}

/** Build-time rendering, which loads nothing lazily: Dutch's later part, given at once. */
export function provideDutchLaterText(text: PartialMessages): void {
  laterWanted = true;
  got.nl = { ...got.nl, later: text };
  fetching.set('nl:later', Promise.resolve());
  loaded = { ...loaded, nl: withFallback(text) };
}

export class I18n {
  /** Set through select(); a language not yet loaded shows Dutch until it is. */
  lang = $state<Lang>('nl');
  t = $derived(loaded[this.lang] ?? loaded.nl!);

  constructor(lang: Lang = 'nl') {
    this.lang = lang;
    // Whoever did not load it first (the web component) sees it switch once it is there.
    void loadLang(lang).catch(() => {});
  }

  /** Switches at once when loaded, else once loaded; a failed load keeps the current one. */
  select(lang: Lang): Promise<void> {
    if (complete(lang)) {
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
