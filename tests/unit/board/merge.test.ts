// @vitest-environment node
// mergeBoards as a plain function, without Board or a DOM: per item the later stamp wins, equal
// stamps pick the larger value (so both tabs agree), and neither board is changed. The two-tab
// behaviour through Board is merge.svelte.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeBoards } from '../../../src/lib/board/merge';
import { emptyBoard, type BoardData } from '../../../src/lib/board/types';

const board = (over: Partial<BoardData> = {}): BoardData => ({ ...emptyBoard(), ...over });
const moestuin = { id: 'own-a', name: 'Moestuin', description: '' };
const repair = { id: 'own-b', name: 'Repair café', description: '' };

describe('mergeBoards', () => {
  it('takes a placement with a later stamp, keeps one with an earlier stamp', () => {
    const mine = board({ placements: { x: 0.1, y: 0.2 } });
    const theirs = board({ placements: { x: 0.5, y: 0.6 } });
    const m = mergeBoards(mine, { 'p:x': 1, 'p:y': 5 }, theirs, { 'p:x': 2, 'p:y': 4 });
    expect(m.placements).toEqual({ x: 0.5 });
    expect(m.stamps).toEqual({ 'p:x': 2 });
    expect(m).toMatchObject({ taken: 1, ahead: true });
  });

  it('takes a removal as a placement to undefined, and adds what only they have', () => {
    const mine = board({ placements: { x: 0.1 } });
    const theirs = board({ placements: { y: 0.3 } });
    const m = mergeBoards(mine, { 'p:x': 1 }, theirs, { 'p:x': 2, 'p:y': 2 });
    expect(m.placements).toEqual({ x: undefined, y: 0.3 });
    expect('x' in m.placements).toBe(true);
    expect(m).toMatchObject({ taken: 2, ahead: false });
  });

  it('finds nothing to do for equal boards, whatever their stamps', () => {
    const data = board({ placements: { x: 0.1 }, own: [moestuin], revealed: ['x'] });
    const m = mergeBoards(data, { 'p:x': 9 }, structuredClone(data), {});
    expect(m).toEqual({ placements: {}, stamps: {}, taken: 0, ahead: false });
  });

  it('breaks a tie by the larger value, the same way from both sides', () => {
    const a = board({ placements: { x: 0.1 } });
    const b = board({ placements: { x: 0.2 } });
    expect(mergeBoards(a, {}, b, {}).placements).toEqual({ x: 0.2 });
    expect(mergeBoards(b, {}, a, {}).placements).toEqual({});
  });

  it('adds, replaces and removes own initiatives, keeping the untouched ones as they were', () => {
    const edited = { ...moestuin, name: 'Moestuin Oost' };
    const mine = board({ own: [moestuin, repair] });
    const theirs = board({ own: [edited] });
    const m = mergeBoards(mine, { 'o:own-b': 1 }, theirs, { 'o:own-a': 2, 'o:own-b': 2 });
    expect(m.own).toEqual([edited]);
    expect(m.own![0]).not.toBe(theirs.own[0]);

    const kept = mergeBoards(mine, {}, board({ own: [moestuin, repair, { ...repair, id: 'c' }] }), {
      'o:c': 1,
    });
    expect(kept.own?.map((o) => o.id)).toEqual(['own-a', 'own-b', 'c']);
    expect(kept.own![0]).toBe(moestuin);
    expect(mergeBoards(mine, {}, mine, {}).own).toBeUndefined();
  });

  it('takes the reveal state as a whole, comparing the revealed ids in any order', () => {
    const mine = board({ revealed: ['a', 'b'] });
    expect(mergeBoards(mine, { r: 1 }, board({ revealed: ['b', 'a'] }), { r: 2 }).reveal).toBe(
      undefined,
    );
    const theirs = board({ revealed: ['c'], revealAll: true });
    const m = mergeBoards(mine, { r: 1 }, theirs, { r: 2 });
    expect(m.reveal).toEqual({ all: true, ids: ['c'] });
    expect(m.stamps).toEqual({ r: 2 });
  });

  it('changes neither board', () => {
    const mine = board({ placements: { x: 0.1 }, own: [moestuin], revealed: ['b', 'a'] });
    const theirs = board({ placements: { y: 0.2 }, own: [repair], revealed: ['d', 'c'] });
    const before = structuredClone([mine, theirs]);
    mergeBoards(mine, {}, theirs, { 'p:y': 1, 'o:own-b': 1, r: 1 });
    expect([mine, theirs]).toEqual(before);
  });

  it('never both takes and keeps one item: merging back what was taken changes nothing', () => {
    const positions = fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 9 }));
    const stamps = fc.dictionary(fc.constantFrom('p:a', 'p:b', 'p:c'), fc.integer({ max: 3 }));
    fc.assert(
      fc.property(positions, stamps, positions, stamps, (pa, sa, pb, sb) => {
        const a = board({ placements: pa });
        const m = mergeBoards(a, sa, board({ placements: pb }), sb);
        const merged = { ...pa };
        for (const [id, p] of Object.entries(m.placements)) {
          if (p === undefined) delete merged[id];
          else merged[id] = p;
        }
        const back = mergeBoards(board({ placements: merged }), { ...sa, ...m.stamps }, a, sa);
        expect(back.taken).toBe(0);
      }),
    );
  });
});
