// Message types and the merge of catalogue parts (Dutch core and later part, a translation over
// them).
import { nl } from './nl';
import type { nlLater } from './nl-later';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

/** The core: what the first screen shows (nl.ts). */
export type CoreMessages = Widen<typeof nl>;
/** What loads later, with the code that shows it (nl-later.ts). */
export type LaterMessages = Widen<typeof nlLater>;
/** Every message: code may read any key once loadLaterText() has resolved (see i18n.svelte.ts). */
export type Messages = Widen<typeof nl & typeof nlLater>;
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
export type PartialMessages = DeepPartial<Messages>;

function merge<T>(base: T, over: DeepPartial<T> | undefined): T {
  if (over === undefined) return base;
  if (typeof base !== 'object' || base === null) return over as T;
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(over as object)) {
    out[k] = merge((base as Record<string, unknown>)[k], v as never);
  }
  return out as T;
}

/**
 * Catalogue parts laid over the Dutch core, each over the ones before it: the Dutch later part,
 * a translation's core and later part. A key no part has keeps the Dutch text. The result has
 * the later keys only when a later part is among the parts.
 */
export const withFallback = (...parts: (PartialMessages | undefined)[]): Messages =>
  parts.reduce<Messages>((out, part) => merge<Messages>(out, part), nl as Messages);

export const isLang = (x: unknown): x is Lang => x === 'nl' || x === 'en';

/** Language from `?lang=`, else Dutch. */
export function langFromUrl(search: string): Lang {
  const lang = new URLSearchParams(search).get('lang');
  return isLang(lang) ? lang : 'nl';
}
