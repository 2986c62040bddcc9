// @vitest-environment node
// Issue 12: no cell of a CSV export may start a formula, whichever separator a spreadsheet
// guesses (',', ';' or tab) and whether or not it reads quotes. Each export is read back here
// every possible way, with a lenient reader of our own: no field may begin with = + - @ or their
// full-width forms, also after spaces, tabs or line breaks (which some spreadsheets skip), and no
// field holding an own initiative's name may begin with a tab or a line break at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InitiativeStats } from '../../../src/lib/workshop/compare/stats';
import { encodeCompareCsv, encodeCsv, type CsvRow } from '../../../src/lib/codec/csv';

const SEPARATORS = [',', ';', '\t'] as const;
const FORMULA = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
const BREAK = /^[\t\r\n]/;

/**
 * Fields as a lenient spreadsheet reads them: a quote opens a quoted field only at a field's
 * start ('""' inside is one quote), anything after the closing quote is appended, and CR, LF or
 * CRLF ends a row. With `quotes` false, quotes are plain text (a naive split).
 */
function fields(text: string, separator: string, quotes: boolean): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  let atStart = true;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (quotes && c === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (c === separator || c === '\r' || c === '\n') {
      out.push(field);
      field = '';
      atStart = true;
      if (c === '\r' && body[i + 1] === '\n') i++;
    } else {
      field += c;
      atStart = false;
    }
  }
  out.push(field);
  return out;
}

/**
 * Every field under every reading that starts a formula; empty when the file is safe. `strict`
 * also refuses a field that starts with a tab or a line break. Not for any text in any column: a
 * quoted last cell that ends in ',' or ';' has its closing quote read as an opening one under the
 * other separator, and that field then starts with our own CRLF and the next (guarded) row.
 */
function formulaFields(csv: string, strict = true): string[] {
  const bad: string[] = [];
  for (const separator of SEPARATORS)
    for (const quotes of [true, false])
      for (const f of fields(csv, separator, quotes))
        if (FORMULA.test(f) || (strict && BREAK.test(f)))
          bad.push(`${JSON.stringify(separator)} ${quotes}: ${f}`);
  return bad;
}

const row = (name: string): CsvRow => ({
  name,
  position: 0.5,
  form: 'Inspraak',
  type: 'Type 1',
  referenceForm: '',
  basis: '',
  source: '',
});

const HOSTILE = [
  'x,=1+1,',
  'x;=1+1;',
  'x\t=1+1',
  '"=1+1"',
  'x\n=1+1',
  'x\r\n=1+1',
  '@SUM(A1)',
  '-2+3',
  '+1',
  'x, =1+1',
  'x;\t=1+1',
  'x,"=1+1',
  'x";=1+1',
  '＝1+1',
  'a,＋1',
];

describe('CSV exports: no formula under any separator or quoting', () => {
  it('the reader sees what a spreadsheet with the wrong separator would', () => {
    // Unguarded, a Dutch file read with ',' would show a clean formula cell.
    expect(fields('x,=1+1,;50', ',', true)).toEqual(['x', '=1+1', ';50']);
    expect(fields('"a;""b"";c",d', ';', true)).toEqual(['a;"b";c,d']);
    expect(formulaFields('x,=1+1')).not.toEqual([]);
  });

  it.each(HOSTILE.flatMap((name) => (['nl', 'en'] as const).map((lang) => [name, lang] as const)))(
    'own initiative %j in %s',
    (name, lang) => {
      expect(formulaFields(encodeCsv([row(name)], lang))).toEqual([]);
    },
  );

  it.each(['nl', 'en'] as const)('compare table in %s', (lang) => {
    const stats: InitiativeStats[] = HOSTILE.map((_, i) => ({
      id: String(i),
      positions: [],
      count: 2,
      median: 0.5,
      min: 0.25,
      max: 0.75,
      spread: 0.5,
    }));
    const csv = encodeCompareCsv(stats, lang, (id) => HOSTILE[Number(id)]!);
    expect(formulaFields(csv)).toEqual([]);
  });

  it('holds for any text in any column, after leading whitespace too', () => {
    const piece = fc.constantFrom(
      ',',
      ';',
      '\t',
      '"',
      '\r',
      '\n',
      ' ',
      '=',
      '+',
      '-',
      '@',
      '＝',
      'x',
    );
    const text = fc.oneof(
      fc.string({ unit: piece, maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('nl' as const, 'en' as const),
        (texts, lang) => {
          const rows = texts.map(([name, form, source]) => ({ ...row(name), form, source }));
          expect(formulaFields(encodeCsv(rows, lang), false)).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
