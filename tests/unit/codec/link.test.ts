// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyBoard, type BoardData } from '../../../src/lib/board/types';
import { ByteWriter, toBase64url } from '../../../src/lib/codec/bytes';
import { deflateRaw } from '../../../src/lib/codec/deflate';
import { findHashCollisions, idHash } from '../../../src/lib/codec/hash';
import {
  decodeLink,
  encodeLink,
  LINK_MAX_LENGTH,
  parseFragment,
} from '../../../src/lib/codec/link';
import { boardArb, contentIds } from './helpers';

const knownIds = contentIds;
const [idA, idB, idC] = contentIds as [string, string, string];
/** A version-1 link around hand-written payload bytes. */
const rawLink = async (w: ByteWriter) => `#b=1.${toBase64url(await deflateRaw(w.done()))}`;
const knownHashes = new Set(knownIds.map(idHash));
const unknownHash = Array.from({ length: 0x10000 }, (_, h) => h).find(
  (h) => !knownHashes.has(h),
) as number;
const board = (over: Partial<BoardData>): BoardData => ({ ...emptyBoard(), ...over });

describe('idHash', () => {
  it.each([
    ['', 0x1cd9],
    ['a', 0xcd20],
  ])('pins FNV-1a folded to 16 bits (changing it breaks every shared link): %j', (id, hash) => {
    expect(idHash(id)).toBe(hash);
  });

  it('the current content has no hash collisions', () => {
    expect(findHashCollisions(contentIds)).toEqual([]);
  });

  it('reports collisions, and a link drops the ambiguous ids instead of guessing', async () => {
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const id = `x${i}`;
      const other = seen.get(idHash(id));
      if (other) pair = [other, id];
      seen.set(idHash(id), id);
    }
    expect(findHashCollisions([...pair, 'y'])).toEqual([
      { hash: idHash(pair[0]), ids: [...pair].sort() },
    ]);
    const ids = [...pair, idA];
    const link = await encodeLink(board({ placements: { [pair[0]]: 0.5, [idA]: 0.2 } }), {
      knownIds: ids,
      mode: 'edit',
    });
    const decoded = await decodeLink(link, ids);
    expect(decoded).toEqual({
      ok: true,
      value: { board: board({ placements: { [idA]: 0.2 } }), mode: 'edit' },
      dropped: [`#${idHash(pair[0]).toString(16).padStart(4, '0')}`],
    });
  });
});

describe('parseFragment', () => {
  it.each([
    ['', null],
    ['#', null],
    ['#lang=en', null],
    ['#b=', null],
    ['#b=&lang=en', null],
    ['#b=1.abc', { version: '1', payload: 'abc' }],
    ['b=1.abc', { version: '1', payload: 'abc' }],
    ['#lang=en&b=2.x-_y', { version: '2', payload: 'x-_y' }],
    ['#b=1.abc&lang=en', { version: '1', payload: 'abc' }],
    ['#b=7', { version: '7', payload: '' }],
  ])('%j → %j', (hash, expected) => {
    expect(parseFragment(hash)).toEqual(expected);
  });
});

describe('decodeLink errors', () => {
  it.each([
    ['', 'empty'],
    ['#', 'empty'],
    ['#b=', 'empty'],
    ['#b=1.', 'empty'],
    ['#b=1', 'empty'],
    ['#lang=en&b=', 'empty'],
    ['#b=2.', 'unknown-version'],
    ['#lang=en', 'not-a-board'],
    ['#b=2.AAAA', 'unknown-version'],
    ['#b=99.AAAA', 'unknown-version'],
    ['#b=0.AAAA', 'corrupt'],
    ['#b=x.AAAA', 'corrupt'],
    ['#b=1.AAAA', 'corrupt'],
    ['#b=1.a!b', 'corrupt'],
    ['#b=1.A', 'corrupt'],
    ['#b=1.' + 'A'.repeat(LINK_MAX_LENGTH), 'too-large'],
  ])('%j → %s', async (fragment, code) => {
    const decoded = await decodeLink(fragment, knownIds);
    expect(decoded.ok ? 'ok' : decoded.error.code).toBe(code);
  });

  it.each<[string, (w: ByteWriter) => ByteWriter, string]>([
    ['reserved flag bits', (w) => w.u8(4).varint(0).varint(0).varint(0), 'corrupt'],
    ['trailing bytes', (w) => w.u8(0).varint(0).varint(0).varint(0).u8(0), 'corrupt'],
    ['truncated', (w) => w.u8(0).varint(1).u16(idHash(idA)), 'corrupt'],
    [
      'position over 1000',
      (w) => w.u8(0).varint(1).u16(idHash(idA)).u16(1001).varint(0).varint(0),
      'corrupt',
    ],
    ['bad reference tag', (w) => w.u8(0).varint(0).varint(0).varint(1).u8(7), 'corrupt'],
    [
      'reveal of a missing own',
      (w) => w.u8(0).varint(0).varint(0).varint(1).u8(1).varint(0),
      'corrupt',
    ],
    ['invalid UTF-8', (w) => w.u8(0).varint(0).varint(1).varint(2).u8(0xc3).u8(0x28), 'corrupt'],
    [
      'bad own id',
      (w) => w.u8(0).varint(0).varint(1).str('A!').str('x').str('').u16(0xffff).varint(0),
      'invalid-board',
    ],
    [
      'own name too long',
      (w) => w.u8(0).varint(0).varint(1).str('a').str('x'.repeat(81)).str('').u16(0xffff).varint(0),
      'invalid-board',
    ],
    [
      'only unknown initiatives',
      (w) => w.u8(0).varint(1).u16(unknownHash).u16(10).varint(0).varint(0),
      'unknown-initiatives',
    ],
  ])('payload with %s → %s', async (_name, write, code) => {
    const decoded = await decodeLink(await rawLink(write(new ByteWriter())), knownIds);
    expect(decoded.ok ? 'ok' : decoded.error.code).toBe(code);
  });

  it('refuses a zip bomb before it fills memory', async () => {
    const big = await deflateRaw(new Uint8Array(4 * 1024 * 1024));
    const link = `#b=1.${toBase64url(big)}`;
    expect(link.length).toBeLessThan(LINK_MAX_LENGTH);
    const decoded = await decodeLink(link, knownIds);
    expect(decoded.ok ? 'ok' : decoded.error.code).toBe('too-large');
  });
});

describe('encodeLink / decodeLink', () => {
  it('round-trips a small board in view mode, as a URL-safe fragment', async () => {
    const b = board({
      placements: { [idA]: 0.93, [idB]: 0, 'own-x1': 1 },
      own: [{ id: 'own-x1', name: 'Moestuin ☕', description: 'Met "quotes" & €' }],
      revealed: [idB, 'own-x1', idA],
      revealAll: true,
    });
    const link = await encodeLink(b, { knownIds, mode: 'view' });
    expect(link).toMatch(/^#b=1\.[A-Za-z0-9_-]+$/);
    expect(await decodeLink(link, knownIds)).toEqual({
      ok: true,
      value: { board: b, mode: 'view' },
    });
    expect(await decodeLink(link.slice(1), knownIds)).toEqual({
      ok: true,
      value: { board: b, mode: 'view' },
    });
  });

  it('leaves out placements no one could decode, and reports ones the reader does not know', async () => {
    const b = board({ placements: { [idA]: 0.5, [idB]: 0.25, stale: 0.1 } });
    const link = await encodeLink(b, { knownIds, mode: 'edit' });
    const decoded = await decodeLink(link, [idA, idC]);
    expect(decoded).toEqual({
      ok: true,
      value: { board: board({ placements: { [idA]: 0.5 } }), mode: 'edit' },
      dropped: [`#${idHash(idB).toString(16).padStart(4, '0')}`],
    });
  });

  it('rounds positions to 1/1000', async () => {
    const link = await encodeLink(board({ placements: { [idA]: 0.12345 } }), {
      knownIds,
      mode: 'edit',
    });
    const decoded = await decodeLink(link, knownIds);
    expect(decoded.ok && decoded.value.board.placements).toEqual({ [idA]: 0.123 });
  });

  it('property: decode(encode(board)) is the board, in both modes', async () => {
    await fc.assert(
      fc.asyncProperty(
        boardArb(),
        fc.constantFrom('edit' as const, 'view' as const),
        async (b, mode) => {
          const decoded = await decodeLink(await encodeLink(b, { knownIds, mode }), knownIds);
          expect(decoded).toEqual({ ok: true, value: { board: b, mode } });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('property: arbitrary text never throws, and is never a board', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `#b=${s}`),
          fc.string().map((s) => `#b=1.${s}`),
        ),
        async (s) => {
          const decoded = await decodeLink(s, knownIds);
          expect(decoded.ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: arbitrary base64url payloads and mangled links never throw; anything accepted is valid', async () => {
    const valid = await encodeLink(
      board({
        placements: { [idA]: 0.5, 'own-a': 0.2 },
        own: [{ id: 'own-a', name: 'Eigen', description: 'Iets' }],
      }),
      { knownIds, mode: 'edit' },
    );
    const mangled = fc
      .tuple(fc.nat({ max: valid.length - 1 }), fc.constantFrom(...'AZaz09-_'))
      .map(([i, c]) => valid.slice(0, i) + c + valid.slice(i + 1));
    const random = fc.uint8Array({ maxLength: 200 }).map((b) => `#b=1.${toBase64url(b)}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(mangled, random), async (link) => {
        const decoded = await decodeLink(link, knownIds);
        if (decoded.ok)
          expect(Object.values(decoded.value.board.placements).every((p) => p >= 0 && p <= 1)).toBe(
            true,
          );
      }),
      { numRuns: 300 },
    );
  });
});
