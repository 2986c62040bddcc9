// @vitest-environment node
// The share link must stay short enough to paste into chat and mail: ≤ 1,500 characters for a
// full workshop board (60 placed content initiatives and 5 own ones).
import { describe, expect, it } from 'vitest';
import type { BoardData } from '../../../src/lib/board/types';
import { findHashCollisions } from '../../../src/lib/codec/hash';
import { fromBase64url } from '../../../src/lib/codec/bytes';
import { inflateRaw } from '../../../src/lib/codec/deflate';
import {
  decodeLink,
  encodeLink,
  LINK_MAX_INFLATED,
  LINK_MAX_LENGTH,
} from '../../../src/lib/codec/link';
import { contentIds, largestBoard } from './helpers';

// The content has fewer than 60 initiatives today; pad with ids shaped like the real ones.
const ids = [...contentIds];
for (const place of [
  'venlo',
  'helden',
  'kessel',
  'panningen',
  'baarlo',
  'grashoek',
  'koningslust',
]) {
  ids.push(`dorpsraad-${place}`, `buurtmoestuin-${place}`);
}
const own = [
  [
    'Buurtmoestuin achter de school',
    'Ouders en buren onderhouden samen een moestuin; de school levert water en grond.',
  ],
  [
    'Repair café in het wijkcentrum',
    'Vrijwilligers repareren elke maand spullen; de gemeente betaalt de huur van de zaal.',
  ],
  [
    'Zwerfafvalteam Overvecht-Noord',
    'Bewoners prikken wekelijks afval en spreken met de gemeente af waar de zakken komen.',
  ],
  [
    'Energiecoöperatie Zuilen Zon',
    'Een coöperatie van bewoners legt zonnepanelen op daken van scholen en sporthallen.',
  ],
  [
    'Speelstraat op woensdagmiddag',
    'De straat is elke woensdag dicht voor verkeer; bewoners regelen hekken en toezicht.',
  ],
].map(([name, description], i) => ({
  id: `own-${i + 1}k${i * 7}`,
  name: name as string,
  description: description as string,
}));

/** Deterministic, spread-out positions (a link of identical positions would flatter deflate). */
function boardWith(n: number, withOwn: boolean, revealEach: boolean): BoardData {
  const placements: Record<string, number> = {};
  ids.slice(0, n).forEach((id, i) => (placements[id] = ((i * 379 + 101) % 1001) / 1000));
  if (withOwn) own.forEach((o, i) => (placements[o.id] = (i * 211 + 57) / 1000));
  return {
    placements,
    own: withOwn ? own : [],
    revealed: revealEach ? ids.slice(0, n) : [],
    revealAll: !revealEach,
  };
}

describe('share link length', () => {
  it('the padded id list has no hash collisions', () => {
    expect(ids.length).toBeGreaterThanOrEqual(60);
    expect(findHashCollisions(ids)).toEqual([]);
  });

  it.each([
    [30, false, false],
    [30, true, false],
    [60, false, false],
    [60, true, false],
    [60, true, true],
  ])('%i content + own=%s + each revealed=%s', async (n, withOwn, revealEach) => {
    const board = boardWith(n, withOwn, revealEach);
    const link = await encodeLink(board, { knownIds: ids, mode: 'edit' });
    console.log(
      `link length, ${n} content${withOwn ? ' + 5 own' : ''}${revealEach ? ', each revealed' : ''}: ${link.length}`,
    );
    expect(await decodeLink(link, ids)).toEqual({ ok: true, value: { board, mode: 'edit' } });
    expect(link.length).toBeLessThanOrEqual(1500);
  });

  it('the largest board the schema allows stays under the inflate cap (and is too long to paste)', async () => {
    const { board, knownIds } = largestBoard();
    const link = await encodeLink(board, { knownIds, mode: 'view' });
    console.log(`link length, largest board: ${link.length}`);
    // The UI offers a file instead; but the zip-bomb guard must not be what refuses a valid board.
    expect(link.length).toBeGreaterThan(LINK_MAX_LENGTH);
    const raw = await inflateRaw(fromBase64url(link.slice(5)), LINK_MAX_INFLATED);
    console.log(
      `largest board: ${raw.length} bytes uncompressed; inflate cap ${LINK_MAX_INFLATED}`,
    );
  });
});
