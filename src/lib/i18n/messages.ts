// Message types and the Dutch fallback merge.
import { nl, type Messages } from './nl';

export type { Messages };
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

type DeepPartial<T> = T extends (...args: never[]) => unknown
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

/** English (or any partial translation) over Dutch: missing keys fall back to Dutch. */
export const withFallback = (partial: PartialMessages): Messages => merge<Messages>(nl, partial);

export const isLang = (x: unknown): x is Lang => x === 'nl' || x === 'en';

/** Language from `?lang=`, else Dutch. */
export function langFromUrl(search: string): Lang {
  const lang = new URLSearchParams(search).get('lang');
  return isLang(lang) ? lang : 'nl';
}
