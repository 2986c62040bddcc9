// Issue 12: own initiative names that show nothing, or that read as another text because of
// bidi controls, are refused in the form and repaired when a link or a file brings them.
import { describe, expect, it } from 'vitest';
import { Board, checkOwn } from '../../../src/lib/board/board.svelte';
import { hasBidi, isInvisible, stripBidi } from '../../../src/lib/board/names';
import type { BoardData } from '../../../src/lib/board/types';
import { UNNAMED } from '../../../src/lib/codec/board';
import { decodeAny, decodeFile, encodeFile } from '../../../src/lib/codec/file';
import { decodeLink, encodeLink } from '../../../src/lib/codec/link';

const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];
const BIDI = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];

describe('names', () => {
  it.each([...INVISIBLE, ...BIDI, INVISIBLE.join(''), ' \u200B \u3000', '\u3164', ''])(
    '%j shows nothing',
    (name) => expect(isInvisible(name)).toBe(true),
  );

  it.each(['a', 'Moestuin\u200B', '👩‍👩‍👧', 'می‌خواهم', '٣'])('%j shows something', (name) =>
    expect(isInvisible(name)).toBe(false),
  );

  it.each(BIDI)('strips the bidi control %j', (c) => {
    expect(hasBidi(`abc${c}def`)).toBe(true);
    expect(stripBidi(`abc${c}def${c}`)).toBe('abcdef');
  });

  it('keeps joiners that a visible name needs', () => {
    expect(hasBidi('👩‍👩‍👧 می‌خواهم')).toBe(false);
    expect(stripBidi('👩‍👩‍👧')).toBe('👩‍👩‍👧');
  });
});

describe('the own-initiative form (Board)', () => {
  // U+FEFF counts as white space in JavaScript, so trimming already empties that name.
  it.each(INVISIBLE.map((c) => c.repeat(3)))('refuses the invisible name %j', (name) => {
    const error = name.startsWith('\uFEFF') ? 'name-required' : 'name-invisible';
    expect(checkOwn(name, '')).toBe(error);
    const board = new Board();
    expect(board.addOwn(name)).toEqual({ ok: false, error });
    expect(board.own).toEqual([]);
  });

  it('refuses a name of only bidi controls as invisible', () => {
    expect(checkOwn('\u202E\u2066', '')).toBe('name-invisible');
  });

  it.each(BIDI)('refuses a name with the bidi control %j, and takes it without', (c) => {
    const board = new Board();
    expect(board.addOwn(`Moestuin${c} 1`)).toEqual({ ok: false, error: 'name-bidi' });
    const added = board.addOwn(stripBidi(`Moestuin${c} 1`), `door ${c}buren`);
    expect(added.ok).toBe(true);
    expect(board.own[0]).toMatchObject({ name: 'Moestuin 1', description: 'door buren' });
  });

  it('refuses them when editing too', () => {
    const board = new Board();
    const added = board.addOwn('Moestuin');
    if (!added.ok) throw new Error('not added');
    expect(board.editOwn(added.id, '\u200B')).toEqual({ ok: false, error: 'name-invisible' });
    expect(board.editOwn(added.id, 'a\u202Eb')).toEqual({ ok: false, error: 'name-bidi' });
    expect(board.own[0]!.name).toBe('Moestuin');
  });
});

describe('names from a link or a file', () => {
  const board: BoardData = {
    placements: { 'own-a': 0.2, 'own-b': 0.4, 'own-c': 0.6 },
    own: [
      { id: 'own-a', name: '\u202Egnikeeg', description: 'uit\u2066 de buurt\u2069' },
      { id: 'own-b', name: '\u200B\u200D\uFEFF', description: '' },
      { id: 'own-c', name: '\u202E\u2069', description: 'alleen richting' },
    ],
    revealed: [],
    revealAll: false,
  };
  const expected = {
    placements: board.placements,
    own: [
      { id: 'own-a', name: 'gnikeeg', description: 'uit de buurt' },
      { id: 'own-b', name: UNNAMED, description: '' },
      { id: 'own-c', name: UNNAMED, description: 'alleen richting' },
    ],
    revealed: [],
    revealAll: false,
  };

  it('a link: bidi controls go, names that show nothing are listed as renamed', async () => {
    const link = await encodeLink(board, { knownIds: [], mode: 'edit' });
    const result = await decodeLink(link, []);
    expect(result).toEqual({
      ok: true,
      value: { board: expected, mode: 'edit' },
      renamed: ['own-b', 'own-c'],
    });
  });

  it('a board file, and a text file holding a link', async () => {
    expect(decodeFile(encodeFile(board), [])).toEqual({
      ok: true,
      value: expected,
      renamed: ['own-b', 'own-c'],
    });
    const link = await encodeLink(board, { knownIds: [], mode: 'view' });
    const text = new TextEncoder().encode(`Ons bord: https://example.org/${link}\n`);
    expect(await decodeAny(text, 'bord.txt', [])).toEqual({
      ok: true,
      value: expected,
      renamed: ['own-b', 'own-c'],
    });
  });

  it('says nothing when every name is fine', async () => {
    const fine = { ...board, own: [expected.own[0]!], placements: { 'own-a': 0.2 } };
    expect(decodeFile(encodeFile(fine), [])).toEqual({ ok: true, value: fine });
  });
});
