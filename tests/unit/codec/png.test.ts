// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardData } from '../../../src/lib/board/types';
import { crc32 } from '../../../src/lib/codec/crc32';
import {
  embedBoardInPng,
  extractBoardFromPng,
  PNG_KEYWORD,
  PNG_MAX_BYTES,
} from '../../../src/lib/codec/png';
import { boardArb, contentIds, tinyPng } from './helpers';

const knownIds = contentIds;
const [idA] = contentIds as [string];
const sample: BoardData = {
  placements: { [idA]: 0.25, 'own-z': 0.75 },
  own: [{ id: 'own-z', name: 'Zwerfafval ♻', description: '' }],
  revealed: ['own-z'],
  revealAll: true,
};
const code = (d: { ok: boolean; error?: { code: string } }) => (d.ok ? 'ok' : d.error?.code);
const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A PNG with an extra chunk (built with a correct CRC) inserted before IEND. */
function withChunk(type: string, data: Uint8Array): Uint8Array {
  const png = tinyPng();
  const t = enc(type);
  const c = new Uint8Array(12 + data.length);
  const view = new DataView(c.buffer);
  view.setUint32(0, data.length);
  c.set(t, 4);
  c.set(data, 8);
  view.setUint32(8 + data.length, crc32(t, data));
  return Uint8Array.from([
    ...png.subarray(0, png.length - 12),
    ...c,
    ...png.subarray(png.length - 12),
  ]);
}
const itxt = (head: number[], text: string) =>
  withChunk(
    'iTXt',
    Uint8Array.from([...enc(PNG_KEYWORD), 0, ...head, ...new TextEncoder().encode(text)]),
  );

/** Chunk types in file order. */
function types(png: Uint8Array): string[] {
  const out: string[] = [];
  for (let at = 8; at < png.length;) {
    const len = new DataView(png.buffer, png.byteOffset).getUint32(at);
    out.push(String.fromCharCode(...png.subarray(at + 4, at + 8)));
    at += 12 + len;
  }
  return out;
}

describe('embedBoardInPng', () => {
  it('adds one iTXt chunk before IEND and keeps the image chunks byte for byte', () => {
    const png = tinyPng();
    const out = embedBoardInPng(png, sample);
    expect(types(out)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(out.subarray(0, png.length - 12)).toEqual(png.subarray(0, png.length - 12));
    expect(out.subarray(out.length - 12)).toEqual(png.subarray(png.length - 12));
    expect(extractBoardFromPng(out, knownIds)).toEqual({ ok: true, value: sample });
  });

  it('replaces the board of an image that already has one', () => {
    const twice = embedBoardInPng(embedBoardInPng(tinyPng(), sample), {
      ...sample,
      revealAll: false,
    });
    expect(types(twice)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(extractBoardFromPng(twice, knownIds)).toEqual({
      ok: true,
      value: { ...sample, revealAll: false },
    });
  });

  it('throws on input that is not a PNG (a caller bug, not user input)', () => {
    expect(() => embedBoardInPng(new Uint8Array([1, 2, 3]), sample)).toThrow();
  });

  it('property: extract(embed(board)) is the board', () => {
    fc.assert(
      fc.property(boardArb(), (b) => {
        expect(extractBoardFromPng(embedBoardInPng(tinyPng(), b), knownIds)).toEqual({
          ok: true,
          value: b,
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('extractBoardFromPng', () => {
  const good = embedBoardInPng(tinyPng(), sample);
  const badCrc = Uint8Array.from(good);
  badCrc[good.length - 13] = (badCrc[good.length - 13] as number) ^ 1; // last CRC byte of the iTXt chunk
  const oversized = new Uint8Array(PNG_MAX_BYTES + 1);
  oversized.set(tinyPng());

  it.each([
    ['empty', 'empty', new Uint8Array(0)],
    ['not a PNG', 'wrong-file-type', enc('GIF89a......')],
    ['just the signature', 'corrupt', tinyPng().subarray(0, 8)],
    ['a PNG without a board', 'no-board-in-image', tinyPng()],
    ['a bad CRC', 'corrupt', badCrc],
    ['truncated inside the board chunk', 'corrupt', good.subarray(0, good.length - 40)],
    ['missing IEND', 'corrupt', good.subarray(0, good.length - 12)],
    ['another iTXt keyword', 'no-board-in-image', withChunk('iTXt', enc('Comment\0\0\0\0\0hi'))],
    ['a compressed board chunk', 'corrupt', itxt([1, 0, 0, 0], 'x')],
    ['a board chunk without its header', 'corrupt', itxt([0, 0], '')],
    ['a board chunk with garbage', 'corrupt', itxt([0, 0, 0, 0], 'not json')],
    [
      'a board chunk with a newer file',
      'unknown-version',
      itxt([0, 0, 0, 0], '{"format":"kompasverkenner-board","version":9}'),
    ],
    [
      'a board chunk with invalid UTF-8',
      'corrupt',
      withChunk('iTXt', Uint8Array.from([...enc(PNG_KEYWORD), 0, 0, 0, 0, 0, 0xff])),
    ],
    ['over the size cap', 'too-large', oversized],
  ])('%s → %s', (_name, expected, input) => {
    expect(code(extractBoardFromPng(input, knownIds))).toBe(expected);
  });

  it('every truncation of a board PNG fails cleanly', () => {
    for (let n = 0; n < good.length; n++)
      expect(extractBoardFromPng(good.subarray(0, n), knownIds).ok).toBe(false);
  });

  it('property: any single flipped bit is caught', () => {
    fc.assert(
      fc.property(fc.nat({ max: good.length * 8 - 1 }), (bit) => {
        const bad = Uint8Array.from(good);
        bad[bit >> 3] = (bad[bit >> 3] as number) ^ (1 << (bit & 7));
        expect(extractBoardFromPng(bad, knownIds).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('property: arbitrary bytes, with or without a PNG signature, never throw and are never a board', () => {
    const signature = tinyPng().subarray(0, 8);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), fc.boolean(), (b, sign) => {
        const input = sign ? Uint8Array.from([...signature, ...b]) : b;
        expect(extractBoardFromPng(input, knownIds).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
