// Issue 12: "open as copy" wrote a whole board under a new key every time and never removed one
// (14 keys, 2.9 M characters after 14 opens). pruneCopies keeps this tab's copies and a few
// recent ones, and removes the rest.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  COPIES_KEPT,
  COPY_MAX_AGE_MS,
  STORAGE_KEY,
  TAB_COPY_SUFFIX,
  copiesInTab,
  copyKey,
  pruneCopies,
  save,
  SET_ASIDE_PREFIX,
} from '../../../src/lib/board/autosave';
import { emptyBoard } from '../../../src/lib/board/types';

const now = new Date('2026-03-10T12:00:00.000Z');
const ago = (ms: number) => copyKey(new Date(now.getTime() - ms));
const HOUR = 60 * 60 * 1000;
const local = () => window.localStorage;
const keys = () => Object.keys(localStorage).sort();

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('pruneCopies', () => {
  it('after 14 opens in one tab, keeps the one in use and the few newest', () => {
    const opened = Array.from({ length: 14 }, (_, i) => ago((14 - i) * 60_000));
    for (const key of opened) save(local, emptyBoard(), key);
    save(local, emptyBoard(), STORAGE_KEY);
    const inUse = opened.at(-1)!;

    const removed = pruneCopies(local, [inUse], now);

    expect(removed).toHaveLength(14 - 1 - COPIES_KEPT);
    expect(keys()).toEqual([STORAGE_KEY, ...opened.slice(-1 - COPIES_KEPT)].sort());
  });

  it('removes copies older than a day, but never one in use', () => {
    const old = ago(COPY_MAX_AGE_MS + HOUR);
    const oldInUse = ago(3 * COPY_MAX_AGE_MS);
    const recent = ago(HOUR);
    for (const key of [old, oldInUse, recent]) save(local, emptyBoard(), key);
    expect(pruneCopies(local, [oldInUse], now)).toEqual([old]);
    expect(keys()).toEqual([oldInUse, recent].sort());
  });

  it('leaves one’s own board, set-aside boards and other keys alone', () => {
    const others = [STORAGE_KEY, `${STORAGE_KEY}:wc-1`, `${SET_ASIDE_PREFIX}2020-01-01`, 'x'];
    for (const key of others) localStorage.setItem(key, '{}');
    localStorage.setItem('kompasverkenner:copy:not-a-date', '{}');
    expect(pruneCopies(local, [], now)).toEqual(['kompasverkenner:copy:not-a-date']);
    expect(keys()).toEqual([...others].sort());
  });

  it('does nothing where storage is off', () => {
    const off = () => {
      throw new Error('SecurityError');
    };
    expect(pruneCopies(off, [], now)).toEqual([]);
  });
});

describe('copiesInTab', () => {
  it('reads the copy of every board on this tab from sessionStorage', () => {
    sessionStorage.setItem(STORAGE_KEY + TAB_COPY_SUFFIX, 'kompasverkenner:copy:a');
    sessionStorage.setItem(`${STORAGE_KEY}:wc-2${TAB_COPY_SUFFIX}`, 'kompasverkenner:copy:b');
    sessionStorage.setItem('other', 'kompasverkenner:copy:c');
    expect(copiesInTab(() => sessionStorage).sort()).toEqual([
      'kompasverkenner:copy:a',
      'kompasverkenner:copy:b',
    ]);
  });

  it('is empty without session storage', () => {
    expect(
      copiesInTab(() => {
        throw new Error('SecurityError');
      }),
    ).toEqual([]);
  });
});
