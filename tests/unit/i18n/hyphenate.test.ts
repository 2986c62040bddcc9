import { describe, expect, it } from 'vitest';
import { hyphenate } from '../../../src/lib/i18n/hyphenate';

const show = (s: string) => hyphenate(s).replaceAll('\u00ad', '-');

describe('hyphenate', () => {
  it.each([
    ['Overheidsmiddelen', 'Over-heids-mid-de-len'],
    ['Burgerparticipatie', 'Bur-ger-par-ti-ci-pa-tie'],
    ['Buurtpreventie', 'Buurt-pre-ven-tie'],
    ['Wijkmagazine', 'Wijk-ma-ga-zi-ne'],
    ['Gemeenschap', 'Ge-meen-schap'],
    ['Gemeente', 'Ge-meen-te'],
    ['Hoofdstraat', 'Hoofd-straat'],
    ['Inspraak', 'In-spraak'],
    ['Schone', 'Schone'],
  ])('%s → %s', (plain, shown) => expect(show(plain)).toBe(shown));

  it('breaks compounds at their parts', () => {
    expect(show('Gelijkwaardig samenwerken')).toContain('lijk-waar');
    expect(show('Overheidsparticipatie')).toContain('heids-par');
  });

  it('never leaves fewer than two letters at either end', () => {
    for (const w of ['Municipality', 'consultation', 'Eilandsteede', 'Spinozaplantsoen']) {
      const parts = show(w).split('-');
      expect(parts[0]!.length).toBeGreaterThanOrEqual(2);
      expect(parts.at(-1)!.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('changes nothing but soft hyphens', () => {
    const s = 'Type 3 · Gemeenschap met gemeente (overheidsparticipatie) <b>&amp;';
    expect(hyphenate(s).replaceAll('\u00ad', '')).toBe(s);
  });
});
