// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyBoard, type BoardData } from '../../../src/lib/board/types';
import { decodeAny, decodeFile, encodeFile, FILE_MAX_CHARS } from '../../../src/lib/codec/file';
import { encodeLink } from '../../../src/lib/codec/link';
import { embedBoardInPng } from '../../../src/lib/codec/png';
import { boardArb, contentIds, largestBoard, tinyPng } from './helpers';

const knownIds = contentIds;
const [idA, idB] = contentIds as [string, string];
const sample: BoardData = {
  placements: { [idA]: 0.93, 'own-a1': 0.5 },
  own: [{ id: 'own-a1', name: 'Buurtmoestuin', description: 'Ouders en buren' }],
  revealed: [idA],
  revealAll: false,
};
const fileWith = (over: Record<string, unknown>) =>
  JSON.stringify({
    format: 'kompasverkenner-board',
    version: 1,
    savedAt: '2025-01-01T00:00:00.000Z',
    board: sample,
    ...over,
  });
const code = (d: { ok: boolean; error?: { code: string } }) => (d.ok ? 'ok' : d.error?.code);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('encodeFile', () => {
  it('writes the envelope as pretty JSON with the given time', () => {
    const text = encodeFile(sample, new Date('2025-03-04T05:06:07Z'));
    expect(JSON.parse(text)).toEqual({
      format: 'kompasverkenner-board',
      version: 1,
      savedAt: '2025-03-04T05:06:07.000Z',
      board: sample,
    });
    expect(text).toContain('\n  "board": {');
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('decodeFile', () => {
  it.each([
    ['empty', '', 'empty'],
    ['blank', ' \n\t', 'empty'],
    ['not JSON', 'hello', 'corrupt'],
    ['truncated JSON', fileWith({}).slice(0, 40), 'corrupt'],
    ['a JSON array', '[1,2]', 'not-a-board'],
    ['another JSON file', '{"name":"package","version":"1.0.0"}', 'not-a-board'],
    ['JSON null', 'null', 'not-a-board'],
    ['a newer version', fileWith({ version: 2 }), 'unknown-version'],
    ['version as a string', fileWith({ version: '1' }), 'corrupt'],
    ['version 0', fileWith({ version: 0 }), 'corrupt'],
    ['version 1.5', fileWith({ version: 1.5 }), 'corrupt'],
    ['no board', fileWith({ board: undefined }), 'invalid-board'],
    ['an extra board key', fileWith({ board: { ...sample, extra: 1 } }), 'invalid-board'],
    [
      'a position over 1',
      fileWith({ board: { ...sample, placements: { [idA]: 1.5 } } }),
      'invalid-board',
    ],
    [
      'duplicate own ids',
      fileWith({ board: { ...sample, own: [sample.own[0], sample.own[0]] } }),
      'invalid-board',
    ],
    [
      'a control character in a name',
      fileWith({ board: { ...sample, own: [{ ...sample.own[0], name: 'a\u0007' }] } }),
      'invalid-board',
    ],
    [
      'only unknown initiatives',
      fileWith({ board: { ...emptyBoard(), placements: { gone: 0.5 } } }),
      'unknown-initiatives',
    ],
    ['over 2 MB', ' '.repeat(FILE_MAX_CHARS + 1), 'too-large'],
    ['a BOM', `\uFEFF${fileWith({})}`, 'ok'],
    ['a missing savedAt', fileWith({ savedAt: undefined }), 'ok'],
  ])('%s → %s', (_name, text, expected) => {
    expect(code(decodeFile(text, knownIds))).toBe(expected);
  });

  it('drops and reports unknown placements, and their reveals', () => {
    const board = {
      ...sample,
      placements: { ...sample.placements, gone: 0.2 },
      revealed: [idA, 'gone'],
    };
    expect(decodeFile(fileWith({ board }), knownIds)).toEqual({
      ok: true,
      value: sample,
      dropped: ['gone'],
    });
  });

  it('rounds positions to 1/1000 and trims names', () => {
    const board = {
      ...sample,
      placements: { [idB]: 0.12345 },
      own: [{ ...sample.own[0], name: '  Buurtmoestuin ' }],
    };
    expect(decodeFile(fileWith({ board }), knownIds)).toEqual({
      ok: true,
      value: { ...sample, placements: { [idB]: 0.123 } },
    });
  });

  it('the largest board the schema allows fits the 2 MB limit, as a file and inside a PNG', async () => {
    const { board, knownIds: ids } = largestBoard();
    const text = encodeFile(board);
    const png = embedBoardInPng(tinyPng(), board);
    console.log(`largest board file: ${text.length} characters, ${bytes(text).length} bytes`);
    expect(decodeFile(text, ids)).toEqual({ ok: true, value: board });
    expect(await decodeAny(png, 'bord.png', ids)).toEqual({ ok: true, value: board });
    expect(await decodeAny(bytes(text), 'bord.json', ids)).toEqual({ ok: true, value: board });
  });

  it('property: decodeFile(encodeFile(board)) is the board', () => {
    fc.assert(
      fc.property(boardArb(), (b) => {
        expect(decodeFile(encodeFile(b), knownIds)).toEqual({ ok: true, value: b });
      }),
      { numRuns: 200 },
    );
  });

  it('property: arbitrary text and arbitrary JSON never throw and are never a board', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.json().map((j) => fileWith({ board: JSON.parse(j) })),
        ),
        (text) => {
          expect(decodeFile(text, knownIds).ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('decodeAny', () => {
  it('opens a board file, a PNG export and a text file holding a share link', async () => {
    expect(await decodeAny(bytes(encodeFile(sample)), 'bord.json', knownIds)).toEqual({
      ok: true,
      value: sample,
    });
    const png = embedBoardInPng(tinyPng(), sample);
    expect(await decodeAny(png, 'bord.png', knownIds)).toEqual({ ok: true, value: sample });
    const link = await encodeLink(sample, { knownIds, mode: 'view' });
    const text = `Ons bord: https://example.org/kompas/${link}\n`;
    expect(await decodeAny(bytes(text), 'link.txt', knownIds)).toEqual({ ok: true, value: sample });
  });

  it.each([
    ['empty', 'empty', new Uint8Array(0)],
    ['a blank text', 'empty', bytes('  \n')],
    ['a JPEG', 'wrong-file-type', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])],
    ['plain text', 'wrong-file-type', bytes('boodschappen: melk, brood')],
    ['a PNG without a board', 'no-board-in-image', tinyPng()],
    ['a JSON file of another kind', 'not-a-board', bytes('{"a":1}')],
    ['a bad link', 'corrupt', bytes('#b=1.@@@')],
    ['too large', 'too-large', new Uint8Array(FILE_MAX_CHARS + 1).fill(32)],
  ])('%s → %s', async (_name, expected, input) => {
    expect(code(await decodeAny(input, 'x', knownIds))).toBe(expected);
  });

  it('property: arbitrary bytes never throw and are never a board', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (b) => {
        expect((await decodeAny(b, 'x', knownIds)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
