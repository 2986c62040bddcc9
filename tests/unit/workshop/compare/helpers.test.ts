// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CODEC_ERROR_CODES } from '../../../../src/lib/codec/errors';
import {
  fileBoardName,
  fragmentOf,
  pastedLinks,
} from '../../../../src/lib/workshop/compare/inputs';
import { toPercent } from '../../../../src/lib/scale/linear';
import { markerClass, stackDots } from '../../../../src/lib/workshop/compare/layout';
import { catalogues } from '../../i18n/catalogues';
import { compareMessages } from '../../../../src/lib/workshop/compare/messages';
import {
  excerpt,
  problemText,
  type Problem,
  type ProblemCode,
} from '../../../../src/lib/workshop/compare/problems';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('pasted links', () => {
  it('numbers the non-empty lines as a person counts them', () => {
    expect(pastedLinks('  #b=1.a \r\n\n  \nhttps://x.nl/#b=1.b\n')).toEqual([
      { n: 1, text: '#b=1.a' },
      { n: 2, text: 'https://x.nl/#b=1.b' },
    ]);
    expect(pastedLinks(' \n ')).toEqual([]);
  });

  it.each([
    ['https://example.org/kompas/?lang=en#b=1.abc', '#b=1.abc'],
    ['#b=1.abc', '#b=1.abc'],
    ['b=1.abc', 'b=1.abc'],
    ['garbage', 'garbage'],
  ])('reads the fragment of %s', (line, fragment) => {
    expect(fragmentOf(line)).toBe(fragment);
  });
});

describe('board names from files', () => {
  it.each([
    ['groep-2.json', 'groep-2'],
    ['C:\\fakepath\\Bord noord.png', 'Bord noord'],
    ['map/archief.v2.json', 'archief.v2'],
    ['.json', '.json'],
    ['zonder-extensie', 'zonder-extensie'],
  ])('%s → %s', (file, name) => {
    expect(fileBoardName(file)).toBe(name);
  });
});

describe('problem messages', () => {
  const codes: ProblemCode[] = [...CODEC_ERROR_CODES, 'nothing-placed'];
  const errors = { nl: catalogues.nl.workshop.errors, en: catalogues.en.workshop.errors };
  const say = (problem: Problem, lang: 'nl' | 'en') =>
    problemText(problem, compareMessages[lang], errors[lang]);

  it.each(['nl', 'en'] as const)('%s has a sentence for every problem code', (lang) => {
    for (const code of codes)
      expect(say({ source: { kind: 'current' }, code }, lang), code).toMatch(/: \S.*[.?]$/);
  });

  it.each(['nl', 'en'] as const)('%s says a codec error as opening a board does', (lang) => {
    for (const code of CODEC_ERROR_CODES)
      expect(say({ source: { kind: 'current' }, code }, lang)).toContain(errors[lang][code]);
  });

  it('English has exactly the Dutch keys', () => {
    expect(keys(compareMessages.en).sort()).toEqual(keys(compareMessages.nl).sort());
  });

  it.each([
    [
      { source: { kind: 'link', n: 2, text: 'https://x.nl/#b=1.AAAA' }, code: 'corrupt' },
      'nl',
      'Link 2 (#b=1.AAAA): het is beschadigd of onvolledig.',
    ],
    [
      { source: { kind: 'file', name: 'notities.txt' }, code: 'wrong-file-type' },
      'en',
      'File “notities.txt”: Kompasverkenner cannot open this kind of file',
    ],
    [
      { source: { kind: 'current' }, code: 'nothing-placed' },
      'nl',
      'Je huidige bord: op dit bord is nog geen gedeeld initiatief geplaatst.',
    ],
    [{ source: { kind: 'link', n: 1, text: '' }, code: 'empty' }, 'en', 'Link 1: it is empty.'],
    [
      { source: { kind: 'file', name: 'a.json' }, dropped: 2 },
      'nl',
      'Bestand “a.json”: 2 onbekende initiatieven zijn weggelaten.',
    ],
  ] as const)('names the input and what is wrong: %j', (problem, lang, start) => {
    expect(say(problem, lang)).toMatch(
      new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });

  it('shortens a long line to recognise it by', () => {
    expect(excerpt('#b=1.' + 'x'.repeat(50))).toBe('#b=1.xxxxxxxxxxxxxxxxxx…');
    expect(excerpt('short')).toBe('short');
  });
});

describe('dot layout', () => {
  it.each([
    [[], [], 1],
    [[0.5], [0], 1],
    [[0.1, 0.5, 0.9], [0, 0, 0], 1],
    // The same place: stacked in board order.
    [[0.93, 0.93, 0.93], [0, 1, 2], 3],
    // Close, but a lane frees up again further along.
    [[0.5, 0.51, 0.52, 0.6], [0, 1, 2, 0], 3],
    // Input order is not scale order.
    [[0.6, 0.5, 0.51], [0, 0, 1], 2],
  ])('stackDots(%j) → lanes %j, %i in all', (positions, lanes, count) => {
    expect(stackDots(positions)).toEqual({ lanes, count });
  });

  it('keeps dots in one lane exactly at the gap, and maps positions to clamped percentages', () => {
    expect(stackDots([0.25, 0.5], 0.25).lanes).toEqual([0, 0]);
    expect([toPercent(0), toPercent(0.425), toPercent(1), toPercent(1.2)]).toEqual([
      0, 42.5, 100, 100,
    ]);
  });

  it('cycles colours but never the number', () => {
    expect(markerClass(1)).toBe('marker marker-0');
    expect(markerClass(9)).toBe('marker marker-0');
    expect(markerClass(8)).toBe('marker marker-7');
  });
});
