// The table view names the Peel en Maas type of each placed card, or says there is none where
// the position lies across the ownership line (gelijkwaardig samenwerken, 0.42–0.58).
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { Board } from '../../../src/lib/board/board.svelte';
import { emptyBoard } from '../../../src/lib/board/types';
import { rawContent } from '../../../src/lib/content/files';
import { validateContent } from '../../../src/lib/validation/validate';
import { makeWorkbench } from '../controller/make';
import { I18n } from '../../../src/lib/i18n/i18n.svelte';
import TableHarness from './TableHarness.svelte';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content invalid');
const content = result.content;
const [a, b, c] = content.initiatives;

function cells(lang: 'nl' | 'en', i: number) {
  const placements = { [a!.id]: 0.5, [b!.id]: 0.45, [c!.id]: 0.65 };
  const board = new Board({ ...emptyBoard(), placements, revealed: [c!.id] });
  const wb = makeWorkbench(content, new I18n(lang), board);
  render(TableHarness, { wb });
  const name = content.initiatives[i]!.name[lang];
  const row = screen.getByRole('rowheader', { name }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((td) => td.textContent?.trim());
}

describe('TableView', () => {
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
      1,
      'Working together as equals',
      'No counterpart in Peel en Maas: on the ownership line',
    ],
  ] as const)('%s, card %i: %s · %s', (lang, i, form, type) => {
    const [own, pem] = cells(lang, i);
    expect(own).toBe(form);
    expect(pem).toBe(type);
  });

  it('names the model in a revealed reference, and the type by name', () => {
    const ref = content.initiatives[2]!.reference.position;
    const reference = cells('nl', 2)[2]!;
    expect(reference).toMatch(
      / · (Peel en Maas: Type \d · .+|Geen tegenhanger in Peel en Maas: op de eigendomsgrens)$/,
    );
    expect(reference.includes('Geen tegenhanger')).toBe(ref > 0.42 && ref < 0.58);
  });
});
