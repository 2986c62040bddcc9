// The content against the council letter the project started from (a copy is in tests/fixtures):
// every quote is in the letter, said by whom the content says (the college in its numbered
// answers, the councillors in their questions); the letter's statements about Peel en Maas are in
// the app where they belong; nothing on the community's side says the municipality pays.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rawContent } from '../../../src/lib/content/files';
import {
  frameworkProvenances,
  initiativeProvenances,
  LETTER,
  notesOf,
} from '../../../src/lib/content/provenance';
import type { Provenance, Text } from '../../../src/lib/content/schema';
import { validateContent } from '../../../src/lib/validation/validate';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const raw = readFileSync('tests/fixtures/raadsbrief-2025-36.txt', 'utf8');
// The college's letter ends at its signature; the councillors' questions are attached after it.
const split = raw.indexOf('Schriftelijke vragen');
const collegePart = raw.slice(0, raw.indexOf('Hoogachtend'));
const councillors = flat(raw.slice(split));
/** Answer n of the college, without the repeated question. */
const answers = new Map<number, string>();
for (const m of collegePart.matchAll(/Antwoord (\d+)\s*\n([\s\S]*?)(?=\n\s*Vraag \d+|$)/g))
  answers.set(Number(m[1]), flat(m[2]!));
const college = [...answers.values()].join(' ');

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content does not validate');
const { content } = result;
const [utrecht, peel] = content.frameworks;
const all: { where: string; p: Provenance; text?: Text }[] = [
  ...content.frameworks.flatMap((fw) =>
    frameworkProvenances(fw).map((s) => ({ where: `${fw.id} ${s.path}`, p: s.provenance })),
  ),
  ...content.frameworks.flatMap((fw) =>
    [...fw.description, ...fw.items.flatMap((i) => i.description)].map((s, i) => ({
      where: `${fw.id} statement ${i}`,
      p: s.provenance,
      text: s.text,
    })),
  ),
  ...content.initiatives.flatMap((ini) =>
    initiativeProvenances(ini, ini.id).map((s) => ({ where: s.path, p: s.provenance })),
  ),
];
const quoted = all.filter((x) => x.p.quote);
const quotes = (fw: typeof peel) => fw.description.flatMap((s) => s.provenance.quote?.text ?? []);
const type = (n: number) => peel.items.find((i) => i.number === n)!;

describe('the council letter, split by speaker', () => {
  it('has 23 answers of the college and the councillors’ questions', () => {
    expect([...answers.keys()]).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(answers.get(3)).toContain('type 2 en type 3');
    expect(councillors).toContain('Ingediend door');
    expect(college).not.toContain('nadrukkelijk als eerste aan zet');
  });
});

describe('every quote', () => {
  it('is in the letter, said by whom the content says, in the answer it names', () => {
    expect(quoted.length).toBeGreaterThan(30);
    for (const { where, p } of quoted) {
      const q = p.quote!;
      const text = flat(q.text);
      const said = q.by === 'college' ? college : councillors;
      expect(said, `${where}: not said by the ${q.by}`).toContain(text);
      if (q.answer !== undefined)
        expect(answers.get(q.answer), `${where}: not in answer ${q.answer}`).toContain(text);
    }
  });

  it('of a sentence that names a speaker comes from that speaker, in English too', () => {
    for (const { where, p, text } of all) {
      if (!text) continue;
      if (/\bcollege\b/.test(text.nl)) {
        expect(p.quote?.by, where).toBe('college');
        expect(text.en, where).toMatch(/municipal executive/);
      }
      if (/raadsleden/.test(text.nl)) expect(p.quote?.by, where).toBe('councillors');
    }
  });

  it('credits the names of forms 1–3 and the two domains to the councillors, not the college', () => {
    for (const id of ['utrechter-aan-zet', 'overheidsmiddelen', 'overheidsparticipatie']) {
      const item = utrecht.items.find((i) => i.id === id)!;
      expect(item.provenance.label.status, id).toBe('stated');
      expect(item.provenance.label.quote?.by, id).toBe('councillors');
    }
    for (const owner of peel.owners!) expect(owner.provenance.quote?.by).toBe('councillors');
  });

  it('does not make the order of Utrechter aan zet a stated fact (the letter gives no order)', () => {
    expect(utrecht.items[0]!.provenance.order.status).not.toBe('stated');
  });
});

describe('the letter’s statements about Peel en Maas', () => {
  const statements = [
    ['het stoppen van het financieren of subsidiëren van initiatieven', 'college', 1],
    ['via een begrotingssubsidie in plaats van aanbesteden', 'college', 1],
    ['een buurthuis volledig willen overnemen', 'college', 1],
    ['geld niet altijd van de gemeente hoeft te komen', 'college', 8],
    ['nadrukkelijk als eerste aan zet (zelfsturing)', 'councillors', undefined],
    [
      'gemeente in het publiek domein en anderzijds de gemeenschap in het openbaar',
      'councillors',
      undefined,
    ],
    ['(type 2 en type 3)', 'college', 3],
  ] as const;

  it.each(statements)('“%s” is in the Peel en Maas explanation, quoted', (words, by, answer) => {
    const s = peel.description.find((d) => d.provenance.quote?.text.includes(words));
    expect(s, words).toBeDefined();
    expect(s!.provenance.status).toBe('stated');
    expect(s!.provenance.quote!.by).toBe(by);
    expect(s!.provenance.quote!.answer).toBe(answer);
  });

  it('gives type 3 the stopped financing and “geld niet altijd van de gemeente”', () => {
    const q = type(3).description.flatMap((s) => s.provenance.quote?.text ?? []);
    expect(q.some((t) => t.includes('het stoppen van het financieren of subsidiëren'))).toBe(true);
    expect(q.some((t) => t.includes('geld niet altijd van de gemeente hoeft te komen'))).toBe(true);
    expect(q.some((t) => t.includes('nadrukkelijk als eerste aan zet'))).toBe(true);
  });

  it('has the initiatives among them as example cards of Peel en Maas, with the quote', () => {
    for (const words of ['begrotingssubsidie in plaats van aanbesteden', 'buurthuis volledig']) {
      const card = content.initiatives.find((i) => i.provenance.quote?.text.includes(words));
      expect(card, words).toBeDefined();
      expect(card!.municipality).toBe('peel-en-maas');
      expect(card!.sources).toContain(LETTER);
    }
  });

  it('is not contradicted: no community-side text says the municipality helps with money', () => {
    const helpsWithMoney =
      /(gemeente|municipality)[^.]*(helpt|doet mee|werkt mee|helps|joins in|works with|contributes)[^.]*(geld|money|subsid|financ)/i;
    for (const n of [3, 4]) {
      const it = type(n);
      const texts: Text[] = [
        it.say,
        ...it.description.map((s) => s.text),
        ...it.examples.flatMap((e) => [e.text, ...notesOf(e.provenance, peel)]),
      ];
      for (const t of texts) for (const s of [t.nl, t.en]) expect(s).not.toMatch(helpsWithMoney);
    }
    // The framework itself quotes what Peel en Maas stopped, nowhere that it pays.
    expect(quotes(peel).join(' ')).toContain('het stoppen van het financieren');
  });
});
