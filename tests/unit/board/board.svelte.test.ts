import { describe, expect, it } from 'vitest';
import { Board, checkOwn } from '../../../src/lib/board/board.svelte';
import { LIMITS } from '../../../src/lib/board/types';

describe('Board', () => {
  it('places, moves and removes a card, rounding positions to 1/1000', () => {
    const b = new Board();
    b.place('buurtfeest', 0.93);
    expect(b.position('buurtfeest')).toBe(0.93);
    b.place('buurtfeest', 0.51234);
    expect(b.position('buurtfeest')).toBe(0.512);
    b.place('buurtfeest', 7);
    expect(b.position('buurtfeest')).toBe(1);
    b.remove('buurtfeest');
    expect(b.isPlaced('buurtfeest')).toBe(false);
  });

  it('adds an own initiative at a position in one undo step (the guided route)', () => {
    const b = new Board();
    const r = b.addOwn('Moestuin', '', 0.654);
    if (!r.ok) throw new Error(r.error);
    expect(b.position(r.id)).toBeCloseTo(0.654, 2);
    expect(b.undo()?.kind).toBe('add');
    expect(b.own).toHaveLength(0);
    expect(b.isPlaced(r.id)).toBe(false);
    b.redo();
    expect(b.own.map((o) => o.name)).toEqual(['Moestuin']);
    expect(b.isPlaced(r.id)).toBe(true);
  });

  it('adds, edits and deletes own initiatives as plain text with limits', () => {
    const b = new Board();
    expect(b.addOwn('   ')).toEqual({ ok: false, error: 'name-required' });
    expect(b.addOwn('x'.repeat(LIMITS.name + 1))).toEqual({ ok: false, error: 'name-too-long' });
    expect(b.addOwn('ok', 'y'.repeat(LIMITS.description + 1))).toEqual({
      ok: false,
      error: 'description-too-long',
    });
    const added = b.addOwn('  <img src=x onerror=alert(1)>\u0007 ', ' Tekst ');
    expect(added.ok).toBe(true);
    const id = added.ok ? added.id : '';
    expect(b.own).toEqual([{ id, name: '<img src=x onerror=alert(1)>', description: 'Tekst' }]);
    b.place(id, 0.5);
    expect(b.editOwn(id, 'Nieuw', '')).toEqual({ ok: true, id });
    expect(b.own[0]!.name).toBe('Nieuw');
    b.deleteOwn(id);
    expect(b.own).toEqual([]);
    expect(b.isPlaced(id)).toBe(false);
  });

  it('never reuses an own id that history still knows', () => {
    const b = new Board();
    const a = b.addOwn('A');
    b.deleteOwn(a.ok ? a.id : '');
    const c = b.addOwn('C');
    expect(c.ok && a.ok && c.id !== a.id).toBe(true);
    b.undo();
    b.undo();
    expect(b.own.map((o) => o.name)).toEqual(['A']);
  });

  it('undoes and redoes every kind of change, including delete and reset', () => {
    const b = new Board();
    b.place('a', 0.1);
    b.place('b', 0.9);
    const own = b.addOwn('Eigen');
    const ownId = own.ok ? own.id : '';
    b.place(ownId, 0.5);
    b.deleteOwn(ownId);
    b.reset();
    expect(b.toData().placements).toEqual({});
    expect(b.undo()).toEqual({ kind: 'reset' });
    expect(b.toData().placements).toEqual({ a: 0.1, b: 0.9 });
    expect(b.undo()).toEqual({ kind: 'delete', id: ownId, name: 'Eigen' });
    expect(b.own.map((o) => o.name)).toEqual(['Eigen']);
    expect(b.position(ownId)).toBe(0.5);
    expect(b.redo()).toEqual({ kind: 'delete', id: ownId, name: 'Eigen' });
    expect(b.own).toEqual([]);
    expect(b.redo()).toEqual({ kind: 'reset' });
    expect(b.redo()).toBeUndefined();
    expect(b.canRedo).toBe(false);
  });

  it('keeps a long undo/redo sequence consistent with the states it passed through', () => {
    const b = new Board();
    const states: string[] = [JSON.stringify(b.toData())];
    for (let i = 0; i < 200; i++) {
      const id = `card-${i % 17}`;
      if (i % 5 === 4) b.remove(`card-${(i * 7) % 17}`);
      else b.place(id, ((i * 37) % 1000) / 1000);
      const now = JSON.stringify(b.toData());
      if (now !== states.at(-1)) states.push(now);
    }
    for (let i = states.length - 2; i >= 0; i--) {
      b.undo();
      expect(JSON.stringify(b.toData())).toBe(states[i]);
    }
    expect(b.canUndo).toBe(false);
    for (let i = 1; i < states.length; i++) {
      b.redo();
      expect(JSON.stringify(b.toData())).toBe(states[i]);
    }
  });

  it('a new change clears the redo stack', () => {
    const b = new Board();
    b.place('a', 0.2);
    b.undo();
    expect(b.canRedo).toBe(true);
    b.place('b', 0.3);
    expect(b.canRedo).toBe(false);
  });

  it('reveals per card and for all, and hides again', () => {
    const b = new Board();
    b.reveal('a');
    expect([b.isRevealed('a'), b.isRevealed('b')]).toEqual([true, false]);
    b.reveal('a', false);
    expect(b.isRevealed('a')).toBe(false);
    b.setRevealAll(true);
    expect(b.isRevealed('b')).toBe(true);
    b.setRevealAll(false);
    expect(b.isRevealed('b')).toBe(false);
  });

  it('loads another board as one undoable step', () => {
    const b = new Board();
    b.place('a', 0.2);
    b.load({ placements: { z: 0.7 }, own: [], revealed: ['z'], revealAll: false });
    expect(b.toData()).toEqual({
      placements: { z: 0.7 },
      own: [],
      revealed: ['z'],
      revealAll: false,
    });
    b.undo();
    expect(b.toData().placements).toEqual({ a: 0.2 });
  });

  it('undoing an opened board brings back the reveal state it replaced; redo the opened one', () => {
    const b = new Board();
    b.place('a', 0.2);
    b.reveal('a');
    b.load({ placements: { z: 0.7 }, own: [], revealed: [], revealAll: true });
    expect(b.isRevealed('a')).toBe(true);
    b.undo();
    expect(b.toData()).toEqual({
      placements: { a: 0.2 },
      own: [],
      revealed: ['a'],
      revealAll: false,
    });
    expect(b.isRevealed('z')).toBe(false);
    b.redo();
    expect(b.toData()).toEqual({ placements: { z: 0.7 }, own: [], revealed: [], revealAll: true });
    // An ordinary step's undo leaves the reveal state alone.
    b.place('z', 0.1);
    b.setRevealAll(false);
    b.undo();
    expect(b.toData().revealAll).toBe(false);
  });

  it('counts a revision for every saved change, not for no-ops', () => {
    const b = new Board();
    const r0 = b.revision;
    b.place('a', 0.2);
    b.place('a', 0.2);
    b.remove('nothing');
    expect(b.revision).toBe(r0 + 1);
  });

  it('checkOwn names the problem', () => {
    expect(checkOwn('a', '')).toBeNull();
    expect(checkOwn('', '')).toBe('name-required');
  });
});
