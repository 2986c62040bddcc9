// Each language's whole catalogue, as the app has it once the later part has loaded (see
// i18n.svelte.ts): for tests that hand messages to code directly. And the key paths of one.
import { en } from '../../../src/lib/i18n/en';
import { enLater } from '../../../src/lib/i18n/en-later';
import { withFallback, type Lang, type Messages } from '../../../src/lib/i18n/messages';
import { nlLater } from '../../../src/lib/i18n/nl-later';

export const catalogues: Record<Lang, Messages> = {
  nl: withFallback(nlLater),
  en: withFallback(nlLater, en, enLater),
};

/** Every key path, e.g. 'board.menu.back'. */
export const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
