// The current language as shared state; `t` is the message set, `tx` picks a data text.
import type { Text } from '../content/schema';
import { en } from './en';
import { nl } from './nl';
import { withFallback, type Lang, type Messages } from './messages';

const catalogues: Record<Lang, Messages> = { nl, en: withFallback(en) };

export class I18n {
  lang = $state<Lang>('nl');
  t = $derived(catalogues[this.lang]);

  constructor(lang: Lang = 'nl') {
    this.lang = lang;
  }

  tx = (text: Text): string => text[this.lang];
}
