// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InitiativeStats } from '../../../src/lib/workshop/compare/stats';
import {
  COMPARE_CSV_HEADERS,
  CSV_HEADERS,
  encodeCompareCsv,
  encodeCsv,
  formatScore,
  guardFormula,
  type CsvRow,
} from '../../../src/lib/codec/csv';
import { parseCsv } from './helpers';

const row = (over: Partial<CsvRow> = {}): CsvRow => ({
  name: 'Buurtfeest',
  position: 0.935,
  form: 'Utrechter aan zet',
  type: 'Type 4',
  referenceForm: 'Utrechter aan zet',
  basis: 'bron',
  source: 'Raadsbrief 2025-36',
  ...over,
});
const SEPARATOR = { nl: ';', en: ',' } as const;
/** What a spreadsheet would treat as a formula, after it skips leading whitespace. */
const FORMULA = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

describe('encodeCsv', () => {
  it('writes a BOM, the Dutch header, ";" separators, decimal commas and CRLF', () => {
    expect(encodeCsv([row(), row({ name: 'Eigen', position: null })], 'nl')).toBe(
      '\uFEFFNaam;Eigen positie (0–100);Utrechtse vorm;Peel en Maas-type;Referentievorm;Basis;Bron\r\n' +
        'Buurtfeest;93,5;Utrechter aan zet;Type 4;Utrechter aan zet;bron;Raadsbrief 2025-36\r\n' +
        'Eigen;;Utrechter aan zet;Type 4;Utrechter aan zet;bron;Raadsbrief 2025-36\r\n',
    );
  });

  it('writes the English header, "," separators and decimal points', () => {
    const csv = encodeCsv([row({ source: 'Raadsbrief, 2025' })], 'en');
    expect(csv).toBe(
      '\uFEFFName,Own position (0–100),Utrecht form,Peel en Maas type,Reference form,Basis,Source\r\n' +
        'Buurtfeest,93.5,Utrechter aan zet,Type 4,Utrechter aan zet,bron,"Raadsbrief, 2025"\r\n',
    );
  });

  it('writes only the header for no rows', () => {
    expect(parseCsv(encodeCsv([], 'en'), ',')).toEqual([[...CSV_HEADERS.en]]);
  });

  it.each([
    ['plain', 'Buurtfeest', 'nl', 'Buurtfeest'],
    ['the other locale’s separator', 'a,b', 'nl', 'a,b'],
    ['the separator', 'a;b', 'nl', '"a;b"'],
    ['a comma in English', 'a,b', 'en', '"a,b"'],
    ['quotes', 'De "Hoek"', 'en', '"De ""Hoek"""'],
    ['a line break', 'a\nb', 'en', '"a\nb"'],
    ['a CR', 'a\rb', 'en', '"a\rb"'],
    ['a formula', '=HYPERLINK("x")', 'en', '"\'=HYPERLINK(""x"")"'],
    ['a formula with the separator', '=1;2', 'nl', '"\'=1;2"'],
  ] as const)('quotes a cell with %s', (_name, name, lang, expected) => {
    const line = encodeCsv([row({ name })], lang).split('\r\n')[1];
    expect(line?.startsWith(`${expected}${SEPARATOR[lang]}`)).toBe(true);
  });
});

describe('guardFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-5 graden', "'-5 graden"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['\nx', "'\nx"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠x', "'＠x"],
    ['  =1', "'  =1"],
    ['\u3000=1', "'\u3000=1"],
    ['Buurt-feest', 'Buurt-feest'],
    ['a=b', 'a=b'],
    ["'=1", "'=1"],
    ['', ''],
    // After a separator, quote or line break inside the text: a field under another reading.
    ['x,=1+1,', "x,'=1+1,"],
    ['x;=1+1;', "x;'=1+1;"],
    ['x\t=1+1', "x\t'=1+1"],
    ['"=1+1"', `"'=1+1"`],
    ['x\n=1+1', "x\n'=1+1"],
    ['x\r\n@SUM(A1)', "x\r'\n'@SUM(A1)"],
    ['a, -2', "a,' -2"],
    ['\t=1', "'\t'=1"],
    ['a,b;c', 'a,b;c'],
  ])('%j → %j', (input, expected) => {
    expect(guardFormula(input)).toBe(expected);
  });
});

describe('formatScore', () => {
  it.each([
    [0, 'nl', '0'],
    [1, 'nl', '100'],
    [0.5, 'en', '50'],
    [0.123, 'nl', '12,3'],
    [0.123, 'en', '12.3'],
    [0.1235, 'nl', '12,35'],
    [0.30000000000000004, 'en', '30'],
    [null, 'nl', ''],
    [Number.NaN, 'en', ''],
  ] as const)('%s in %s → %j', (position, lang, expected) => {
    expect(formatScore(position, lang)).toBe(expected);
  });
});

describe('encodeCompareCsv', () => {
  const stats: InitiativeStats[] = [
    { id: 'a', positions: [], count: 3, median: 0.5, min: 0.1235, max: 0.9, spread: 0.7765 },
    { id: 'b', positions: [], count: 0, median: null, min: null, max: null, spread: null },
  ];
  const names: Record<string, string> = { a: '=Buurtfeest', b: 'Wijk; magazine' };

  it.each(['nl', 'en'] as const)('writes the %s table with the shared rules', (lang) => {
    const rows = parseCsv(
      encodeCompareCsv(stats, lang, (id) => names[id] ?? id),
      SEPARATOR[lang],
    );
    const d = (s: string) => (lang === 'nl' ? s.replace('.', ',') : s);
    expect(rows).toEqual([
      [...COMPARE_CSV_HEADERS[lang]],
      ["'=Buurtfeest", '3', '50', d('12.35'), '90', d('77.65')],
      ['Wijk; magazine', '0', '', '', '', ''],
    ]);
  });
});

describe('properties', () => {
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc
      .tuple(
        fc.constantFrom(
          '=',
          '+',
          '-',
          '@',
          '\t',
          '\r',
          '\n',
          '＝',
          '＋',
          '－',
          '＠',
          ' =',
          '"',
          ';',
          ',',
        ),
        fc.string(),
      )
      .map(([a, b]) => a + b),
  );
  const rowArb = fc.record({
    name: text,
    position: fc.option(
      fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
      { nil: null },
    ),
    form: text,
    type: text,
    referenceForm: text,
    basis: text,
    source: text,
  });

  it('no cell a spreadsheet could run as a formula, and text survives otherwise intact', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 5 }),
        fc.constantFrom('nl' as const, 'en' as const),
        (rows, lang) => {
          const parsed = parseCsv(encodeCsv(rows, lang), SEPARATOR[lang]);
          expect(parsed).toHaveLength(rows.length + 1);
          for (const [i, r] of rows.entries()) {
            const cells = parsed[i + 1] as string[];
            expect(cells).toHaveLength(7);
            for (const c of cells) expect(FORMULA.test(c)).toBe(false);
            const texts = [r.name, r.form, r.type, r.referenceForm, r.basis, r.source];
            const got = [cells[0], ...cells.slice(2)];
            // Only apostrophes are added, and one wherever a formula could start.
            texts.forEach((t, k) => {
              expect(got[k]).toBe(guardFormula(t));
              expect(got[k]!.replaceAll("'", '')).toBe(t.replaceAll("'", ''));
              if (FORMULA.test(t)) expect(got[k]!.startsWith("'")).toBe(true);
            });
            expect(cells[1]).toBe(formatScore(r.position, lang));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('compare table: no formula cells either', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (names) => {
        const stats = names.map((_, i): InitiativeStats => ({
          id: String(i),
          positions: [],
          count: 1,
          median: 0.5,
          min: 0.5,
          max: 0.5,
          spread: 0,
        }));
        const parsed = parseCsv(
          encodeCompareCsv(stats, 'nl', (id) => names[Number(id)] ?? ''),
          ';',
        );
        for (const cells of parsed) for (const c of cells) expect(FORMULA.test(c)).toBe(false);
      }),
    );
  });
});
