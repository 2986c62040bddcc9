// The board's CSV rows: the Peel en Maas column names the type, or says there is no counterpart
// where the position lies across the ownership line (gelijkwaardig samenwerken, 0.42–0.58).
import { describe, expect, it } from 'vitest';
import { Board } from '../../../src/lib/board/board.svelte';
import { emptyBoard } from '../../../src/lib/board/types';
import { encodeCsv } from '../../../src/lib/codec/csv';
import { rawContent } from '../../../src/lib/content/files';
import { validateContent } from '../../../src/lib/validation/validate';
import { makeWorkbench } from '../controller/make';
import { I18n } from '../../../src/lib/i18n/i18n.svelte';
import { csvRows } from '../../../src/lib/workshop/csvRows';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content invalid');
const content = result.content;
const [a, b, c] = content.initiatives;

function rows(lang: 'nl' | 'en') {
  const placements = { [a!.id]: 0.5, [b!.id]: 0.45, [c!.id]: 0.65 };
  const wb = makeWorkbench(content, new I18n(lang), new Board({ ...emptyBoard(), placements }));
  const all = csvRows(wb);
  const row = (i: number) => all.find((r) => r.name === content.initiatives[i]!.name[lang])!;
  return { all, row };
}

describe('csvRows: the Peel en Maas type column', () => {
  it.each([
    [
      'nl',
      0,
      'Gelijkwaardig samenwerken',
      'Geen tegenhanger in Peel en Maas: op de eigendomsgrens',
    ],
    [
      'nl',
      1,
      'Gelijkwaardig samenwerken',
      'Geen tegenhanger in Peel en Maas: op de eigendomsgrens',
    ],
    ['nl', 2, 'Overheidsparticipatie', 'Peel en Maas: Type 3 · Gemeenschap met gemeente'],
    [
      'en',
      0,
      'Working together as equals',
      'No counterpart in Peel en Maas: on the ownership line',
    ],
    [
      'en',
      1,
      'Working together as equals',
      'No counterpart in Peel en Maas: on the ownership line',
    ],
    [
      'en',
      2,
      'Government participation (overheidsparticipatie)',
      'Peel en Maas: Type 3 · Community with municipality',
    ],
  ] as const)('%s, card %i: %s → %s', (lang, i, form, type) => {
    const r = rows(lang).row(i);
    expect(r.form).toBe(form);
    expect(r.type).toBe(type);
  });

  it('leaves form and type empty for a card not placed', () => {
    const r = rows('nl').row(3);
    expect([r.position, r.form, r.type]).toEqual([null, '', '']);
  });

  it('writes the outcome into the CSV document', () => {
    const csv = encodeCsv(rows('nl').all, 'nl');
    expect(csv).toContain(
      `${a!.name.nl};50;Gelijkwaardig samenwerken;Geen tegenhanger in Peel en Maas: op de eigendomsgrens;`,
    );
    expect(csv).toContain(
      `${c!.name.nl};65;Overheidsparticipatie;Peel en Maas: Type 3 · Gemeenschap met gemeente;`,
    );
  });
});
