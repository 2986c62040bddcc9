// Shared test material for the codec tests: the real content ids, a BoardData arbitrary that
// respects LIMITS and the schema, a tiny PNG built by hand, and an RFC 4180 reader.
import fc from 'fast-check';
import initiatives from '../../../data/initiatives.json';
import { hasBidi, isInvisible } from '../../../src/lib/board/names';
import type { BoardData, OwnInitiative } from '../../../src/lib/board/types';
import { LIMITS } from '../../../src/lib/board/types';
import { crc32 } from '../../../src/lib/codec/crc32';
import { idHash } from '../../../src/lib/codec/hash';

export const contentIds: readonly string[] = initiatives.initiatives.map((i) => i.id);

/** The control characters the schema refuses (all but tab and line feed). */
const hasControl = (s: string) =>
  [...s].some((c) => {
    const n = c.charCodeAt(0);
    return n < 9 || (n > 10 && n < 32) || n === 127;
  });

/**
 * Text the decoders give back unchanged: trimmed, no control characters, no lone surrogates, no
 * bidi controls (decoders strip them) and, for names, something that shows (see board/names.ts).
 */
export const plainText = (min: number, max: number): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: max }),
      fc.string({ unit: 'binary', maxLength: max }),
      fc.constantFrom('Moestuin “De Groene Hoek”', 'Café ☕ & co; "quoted", ok', '=1+1', '€ 5,50'),
    )
    .map((s) => s.trim())
    .filter(
      (s) =>
        s.length >= min &&
        s.length <= max &&
        !hasControl(s) &&
        !/\p{Cs}/u.test(s) &&
        !hasBidi(s) &&
        (min === 0 || !isInvisible(s)),
    );

const positionArb = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);
// Built once: constructing a grapheme string arbitrary is slow, so not inside `chain`.
const nameArb = plainText(1, LIMITS.name);
const descriptionArb = plainText(0, LIMITS.description);

export const boardArb = (maxOwn = 6): fc.Arbitrary<BoardData> =>
  fc
    .record({
      ownKeys: fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,12}$/), { maxLength: maxOwn }),
      content: fc.subarray([...contentIds]),
      revealAll: fc.boolean(),
    })
    .chain(({ ownKeys, content, revealAll }) => {
      const ownIds = ownKeys.map((k) => `own-${k}`);
      return fc.record({
        own: fc.tuple(
          ...ownIds.map((id) =>
            fc.record({ id: fc.constant(id), name: nameArb, description: descriptionArb }),
          ),
        ),
        contentPositions: fc.tuple(...content.map(() => positionArb)),
        ownPositions: fc.tuple(...ownIds.map(() => fc.option(positionArb, { nil: undefined }))),
        revealed: fc.shuffledSubarray([...contentIds, ...ownIds]),
        revealAll: fc.constant(revealAll),
        content: fc.constant(content),
      });
    })
    .map(({ own, contentPositions, ownPositions, revealed, revealAll, content }) => {
      const placements: Record<string, number> = {};
      content.forEach((id, i) => (placements[id] = contentPositions[i] as number));
      (own as OwnInitiative[]).forEach((o, i) => {
        const p = ownPositions[i];
        if (p !== undefined) placements[o.id] = p;
      });
      return { placements, own: own as OwnInitiative[], revealed, revealAll };
    });

/**
 * The largest board the schema allows, built to be worst case for every carrier: 80-character
 * ids (with distinct link hashes), texts of '"' (2 characters in JSON) and '€' (3 bytes in UTF-8),
 * everything placed and revealed one by one. `knownIds` are its content ids.
 */
export function largestBoard(): { board: BoardData; knownIds: string[] } {
  const seen = new Set<number>();
  const knownIds: string[] = [];
  for (let i = 0; knownIds.length < LIMITS.placements - LIMITS.own; i++) {
    const id = `initiatief-${i}-`.padEnd(80, 'x');
    if (!seen.has(idHash(id))) knownIds.push(id);
    seen.add(idHash(id));
  }
  const own = Array.from({ length: LIMITS.own }, (_, i) => ({
    id: `own-${i.toString(36).padStart(12, 'z')}`,
    name: '"€'.repeat(LIMITS.name / 2),
    description: '"€'.repeat(LIMITS.description / 2),
  }));
  const placements: Record<string, number> = {};
  for (const id of [...knownIds, ...own.map((o) => o.id)])
    placements[id] = (idHash(id) % 1001) / 1000;
  return {
    board: { placements, own, revealed: Object.keys(placements), revealAll: false },
    knownIds,
  };
}

/** A valid 1×1 RGBA PNG: IHDR, one IDAT holding a stored (uncompressed) zlib block, IEND. */
export function tinyPng(rgba: [number, number, number, number] = [0, 128, 255, 255]): Uint8Array {
  const chunk = (type: string, data: number[]) => {
    const t = Uint8Array.from(type, (c) => c.charCodeAt(0));
    const d = Uint8Array.from(data);
    const be = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
    return [...be(d.length), ...t, ...d, ...be(crc32(t, d))];
  };
  const raw = [0, ...rgba]; // filter byte "none", then the pixel
  let a = 1;
  let b = 0;
  for (const x of raw) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  const zlib = [
    0x78,
    0x01,
    0x01,
    raw.length,
    0,
    ~raw.length & 255,
    255,
    ...raw,
    b >>> 8,
    b & 255,
    a >>> 8,
    a & 255,
  ];
  return Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]),
    ...chunk('IDAT', zlib),
    ...chunk('IEND', []),
  ]);
}

/** Reads CSV text back into rows of cells (RFC 4180), after the BOM. For checking exports. */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    const next = body[i + 1];
    if (quoted) {
      if (c === '"' && next === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === '"') throw new Error(`bare quote inside a cell at ${i}`);
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '\r' || c === '\n') throw new Error(`bare line break outside quotes at ${i}`);
    else cell += c;
  }
  if (quoted || cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}
