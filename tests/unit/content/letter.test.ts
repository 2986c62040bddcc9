// The content never contradicts the council letter the project started from (a copy of it is in
// tests/fixtures): what the college says about Peel en Maas and money is in the app, and no Peel
// en Maas text on the community's side says the municipality helps with money.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rawContent } from '../../../src/lib/content/files';
import { validateContent } from '../../../src/lib/content/validate';

const letter = readFileSync('tests/fixtures/raadsbrief-2025-36.txt', 'utf8').replace(/\s+/g, ' ');
const result = validateContent(rawContent);
if (!result.ok) throw new Error('content does not validate');
const peel = result.content.frameworks[1]!;
const type = (n: number) => peel.items.find((i) => i.number === n)!;
/** Every Dutch and English text of an item: say, description, examples and their notes. */
const texts = (n: number) => {
  const it = type(n);
  return [
    it.say,
    it.description,
    ...it.examples.flatMap((e) =>
      'note' in e.provenance ? [e.text, e.provenance.note] : [e.text],
    ),
  ].flatMap((t) => [t.nl, t.en]);
};

describe('the council letter', () => {
  it('says what the app quotes (answers 1 and 8, the councillors on zelfsturing)', () => {
    expect(letter).toContain(
      'het stoppen van het financieren of subsidiëren van initiatieven waar de gemeente geen eigenaar is',
    );
    expect(letter).toContain('dat geld niet altijd van de gemeente hoeft te komen');
    expect(letter).toContain('nadrukkelijk als eerste aan zet (zelfsturing)');
  });

  it('is followed by type 3: stopped financing, money need not come from the gemeente', () => {
    const nl = type(3).description.nl;
    expect(nl).toMatch(
      /stopte Peel en Maas .*met het financieren of subsidiëren van initiatieven waar de gemeente geen eigenaar is/,
    );
    expect(nl).toContain('geld niet altijd van de gemeente hoeft te komen');
    expect(nl).toContain('nadrukkelijk als eerste aan zet (zelfsturing)');
    expect(type(3).description.en).toContain('municipal executive (college van B&W');
  });

  it('is not contradicted: no community-side type says the gemeente helps with money', () => {
    const helpsWithMoney =
      /(gemeente|municipality)[^.]*(helpt|doet mee|helps|joins in|contributes)[^.]*(geld|money|subsid)/i;
    for (const n of [3, 4]) for (const text of texts(n)) expect(text).not.toMatch(helpsWithMoney);
  });
});
