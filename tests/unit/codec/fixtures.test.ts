// @vitest-environment node
// Every link, file and PNG version ever written must keep opening. The files in tests/fixtures/
// were written once by the codecs of their version and are never regenerated: add new fixtures
// for new versions (UPDATE_FIXTURES=1 writes only missing files), never edit old ones.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BoardData } from '../../../src/lib/board/types';
import { decodeAny, decodeFile, encodeFile } from '../../../src/lib/codec/file';
import { decodeLink, encodeLink } from '../../../src/lib/codec/link';
import { embedBoardInPng, extractBoardFromPng } from '../../../src/lib/codec/png';
import { tinyPng } from './helpers';

const dir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** The board all version-1 fixtures hold. Its ids are fixed here, not read from data/. */
const boardV1: BoardData = {
  placements: {
    buurtfeest: 0.93,
    'wijkvisie-maken': 0.5,
    klimaatpanel: 0.21,
    'dorpsbusje-kessel': 1,
    'handhaving-corona-peel-en-maas': 0,
    'own-moestuin': 0.644,
  },
  own: [
    {
      id: 'own-moestuin',
      name: 'Moestuin “De Groene Hoek” ☕',
      description: 'Buren; ouders, "school" & €5,–',
    },
    { id: 'own-2', name: 'Nog niet geplaatst', description: '' },
  ],
  revealed: ['klimaatpanel', 'own-moestuin', 'buurtfeest'],
  revealAll: false,
};
const knownV1 = [
  'buurtfeest',
  'wijkvisie-maken',
  'klimaatpanel',
  'dorpsbusje-kessel',
  'handhaving-corona-peel-en-maas',
  'leefstraat',
];
const savedAt = new Date('2025-06-01T12:00:00.000Z');

const fixtures: { file: string; make: () => Promise<string | Uint8Array> }[] = [
  {
    file: 'link-v1.txt',
    make: async () => `${await encodeLink(boardV1, { knownIds: knownV1, mode: 'edit' })}\n`,
  },
  {
    file: 'link-v1-view.txt',
    make: async () => `${await encodeLink(boardV1, { knownIds: knownV1, mode: 'view' })}\n`,
  },
  { file: 'board-v1.json', make: async () => encodeFile(boardV1, savedAt) },
  { file: 'board-v1.png', make: async () => embedBoardInPng(tinyPng(), boardV1, savedAt) },
];

if (process.env.UPDATE_FIXTURES) {
  for (const f of fixtures)
    if (!existsSync(dir + f.file)) writeFileSync(dir + f.file, await f.make());
}
const read = (file: string) => readFileSync(dir + file);

describe('fixtures of earlier versions keep opening', () => {
  it.each([
    ['link-v1.txt', 'edit'],
    ['link-v1-view.txt', 'view'],
  ])('%s', async (file, mode) => {
    const decoded = await decodeLink(read(file).toString('utf8').trim(), knownV1);
    expect(decoded).toEqual({ ok: true, value: { board: boardV1, mode } });
  });

  it('board-v1.json', () => {
    expect(decodeFile(read('board-v1.json').toString('utf8'), knownV1)).toEqual({
      ok: true,
      value: boardV1,
    });
  });

  it('board-v1.png', () => {
    expect(extractBoardFromPng(new Uint8Array(read('board-v1.png')), knownV1)).toEqual({
      ok: true,
      value: boardV1,
    });
  });

  it.each(fixtures.map((f) => f.file))('%s through decodeAny, as a dropped file', async (file) => {
    expect(await decodeAny(new Uint8Array(read(file)), file, knownV1)).toEqual({
      ok: true,
      value: boardV1,
    });
  });

  it('reports what current content no longer knows, instead of failing', async () => {
    const fewer = knownV1.filter((id) => id !== 'klimaatpanel');
    const decoded = decodeFile(read('board-v1.json').toString('utf8'), fewer);
    expect(decoded.ok && decoded.dropped).toEqual(['klimaatpanel']);
    const fromLink = await decodeLink(read('link-v1.txt').toString('utf8').trim(), fewer);
    expect(fromLink.ok && fromLink.dropped).toHaveLength(1);
  });
});
