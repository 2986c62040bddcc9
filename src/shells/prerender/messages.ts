// Texts of the plain-HTML copy of both models (shown when JavaScript does not run), nl and en.
import type { Lang } from '../../lib/i18n/messages';

export const staticMessages: Record<
  Lang,
  { heading: string; intro: string; interval: (from: number, to: number) => string }
> = {
  nl: {
    heading: 'Beide modellen als tekst',
    intro:
      'Zonder JavaScript kun je de kaarten niet plaatsen, maar alles over beide modellen staat hieronder.',
    interval: (from, to) => `Op de schaal van ${from}% tot ${to}% zeggenschap bij inwoners.`,
  },
  en: {
    heading: 'Both models as text',
    intro: 'Without JavaScript you cannot place cards, but everything about both models is below.',
    interval: (from, to) => `On the scale from ${from}% to ${to}% say for residents.`,
  },
};
