// How the compare view says a position: Utrecht form and score, then the Peel en Maas type by
// name, or that there is none across the ownership line (gelijkwaardig samenwerken, 0.42–0.58).
import { describe, expect, it } from 'vitest';
import { Board } from '../../../../src/lib/board/board.svelte';
import { rawContent } from '../../../../src/lib/content/files';
import { validateContent } from '../../../../src/lib/validation/validate';
import { makeWorkbench } from '../../controller/make';
import { I18n } from '../../../../src/lib/i18n/i18n.svelte';
import { compareMessages } from '../../../../src/lib/workshop/compare/messages';
import { positionText } from '../../../../src/lib/workshop/compare/position';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content invalid');

describe('positionText', () => {
  it.each([
    [
      'nl',
      0.5,
      'Gelijkwaardig samenwerken (50) · Geen tegenhanger in Peel en Maas: op de eigendomsgrens',
    ],
    [
      'nl',
      0.45,
      'Gelijkwaardig samenwerken (45) · Geen tegenhanger in Peel en Maas: op de eigendomsgrens',
    ],
    ['nl', 0.65, 'Overheidsparticipatie (65) · Peel en Maas: Type 3 · Gemeenschap met gemeente'],
    [
      'en',
      0.45,
      'Working together as equals (45) · No counterpart in Peel en Maas: on the ownership line',
    ],
    [
      'en',
      0.655,
      'Government participation (overheidsparticipatie) (65.5) · Peel en Maas: Type 3 · Community with municipality',
    ],
  ] as const)('%s %f → %s', (lang, position, text) => {
    const wb = makeWorkbench(result.content, new I18n(lang), new Board());
    expect(positionText(wb, compareMessages[lang], lang, position)).toBe(text);
  });

  it('labels a board’s dot and the median with it', () => {
    const m = compareMessages.nl;
    expect(m.plot.dot('Bord 2', 'X (65) · Y')).toBe('Bord 2: X (65) · Y');
    expect(m.plot.median('X (50) · Y')).toBe('Mediaan: X (50) · Y');
  });
});
