// Persistence owns where the board lives between visits: restore, save, copies, other tabs. Web
// storage here is jsdom's; the storage code loads lazily, so saves are awaited with waitFor.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Board } from '../../../src/lib/board/board.svelte';
import {
  anythingSaved,
  COPY_PREFIX,
  STORAGE_KEY,
  TAB_COPY_SUFFIX,
  SET_ASIDE_PREFIX,
  tabCopy,
} from '../../../src/lib/board/keys';
import { Persistence } from '../../../src/lib/board/persistence.svelte';

const step = () => Promise.resolve();
const live = () => true;
const saved = (key = STORAGE_KEY) => JSON.parse(localStorage.getItem(key) ?? 'null');

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('Persistence', () => {
  it('with nothing stored, restores nothing and saves the first change', async () => {
    const board = new Board();
    const p = new Persistence(board, { use: true });
    expect(await p.restore(step, live)).toBe(true);
    expect(p.notice).toBeNull();
    expect(localStorage.length).toBe(0);
    board.place('a', 0.5);
    p.save(false);
    await vi.waitFor(() => expect(saved()?.board.placements).toEqual({ a: 0.5 }));
    expect(p.saved).toBe(true);
  });

  it('restores a saved board and does not write it back', async () => {
    const first = new Board();
    const a = new Persistence(first, { use: true });
    await a.restore(step, live);
    first.place('a', 0.25);
    a.save(false);
    await vi.waitFor(() => expect(saved()).not.toBeNull());
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const board = new Board();
    const b = new Persistence(board, { use: true });
    await b.restore(step, live);
    expect(board.toData().placements).toEqual({ a: 0.25 });
    b.save(false);
    expect(setItem).not.toHaveBeenCalled();
    setItem.mockRestore();
  });

  it('sets a corrupt saved board aside, tells so, and keeps it', async () => {
    localStorage.setItem(STORAGE_KEY, '{not json');
    const p = new Persistence(new Board(), { use: true });
    await p.restore(step, live);
    expect(p.notice).toBe('setAside');
    const aside = Object.keys(localStorage).find((k) => k.startsWith(SET_ASIDE_PREFIX))!;
    expect(localStorage.getItem(aside)).toBe('{not json');
  });

  it('a copy saves under its own key and stays this tab’s board; one’s own is untouched', async () => {
    const board = new Board();
    const p = new Persistence(board, { use: true });
    await p.restore(step, live);
    board.place('mine', 0.1);
    p.save(false);
    await vi.waitFor(() => expect(saved()).not.toBeNull());
    p.startCopy();
    board.place('theirs', 0.9);
    p.save(false);
    expect(p.key).not.toBe(STORAGE_KEY);
    expect(sessionStorage.getItem(STORAGE_KEY + TAB_COPY_SUFFIX)).toBe(p.key);
    await vi.waitFor(() => expect(saved(p.key)?.board.placements).toHaveProperty('theirs'));
    expect(saved().board.placements).toEqual({ mine: 0.1 });
    const again = new Persistence(new Board(), { use: true });
    await again.restore(step, live);
    expect(again.inCopy).toBe(true);
    expect(again.key).toBe(p.key);
  });

  it('merges what another tab saved under the same key', async () => {
    const board = new Board();
    const p = new Persistence(board, { use: true });
    await p.restore(step, live);
    const other = new Board();
    other.place('b', 0.7);
    const newValue = JSON.stringify({ v: 1, board: other.toData(), stamps: other.stamps() });
    const e = new StorageEvent('storage', { key: STORAGE_KEY, newValue });
    expect(await p.otherTab(e, () => false)).toBe(0);
    expect(await p.otherTab(e, () => true)).toBe(1);
    expect(board.toData().placements).toEqual({ b: 0.7 });
  });

  it('off (a preview or a given board): reads and writes nothing', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        v: 1,
        board: { placements: { a: 0.2 }, own: [], revealed: [], revealAll: false },
      }),
    );
    const board = new Board();
    const p = new Persistence(board, { use: false });
    await p.restore(step, live);
    expect(board.toData().placements).toEqual({});
    board.place('x', 0.3);
    p.save(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(saved().board.placements).toEqual({ a: 0.2 });
  });
});

describe('what a first visit can tell without the board code (keys.ts)', () => {
  const local = () => localStorage;
  const session = () => sessionStorage;

  it('nothing stored: no board, no copy, no tab copy', () => {
    expect(anythingSaved(local, STORAGE_KEY)).toBe(false);
    expect(tabCopy(session, STORAGE_KEY)).toBeNull();
  });

  it('a saved board, a copy or this tab’s copy pointer counts', () => {
    localStorage.setItem(STORAGE_KEY, '{}');
    expect(anythingSaved(local, STORAGE_KEY)).toBe(true);
    localStorage.clear();
    localStorage.setItem(`${COPY_PREFIX}2026-01-01T00:00:00.000Z`, '{}');
    expect(anythingSaved(local, STORAGE_KEY)).toBe(true);
    sessionStorage.setItem(STORAGE_KEY + TAB_COPY_SUFFIX, 'x');
    expect(tabCopy(session, STORAGE_KEY)).toBe('x');
  });

  it('storage that throws counts as something to restore (the storage code reports it)', () => {
    const broken = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(anythingSaved(broken, STORAGE_KEY)).toBe(true);
    expect(tabCopy(broken, STORAGE_KEY)).toBeNull();
  });
});
