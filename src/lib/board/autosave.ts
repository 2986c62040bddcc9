// Autosave in localStorage. A saved board that is corrupt or from an unknown version is set aside
// under its own key (kept, never destroyed) and reported; disabled or full storage is reported and
// the app keeps working without it.
import { between, parse, record, string } from '../util/check';
import type { Stamps } from './board.svelte';
import { BoardDataSchema } from './schema';
import { BOARD_VERSION, type BoardData } from './types';
import { COPY_PREFIX, SET_ASIDE_PREFIX, STORAGE_KEY, TAB_COPY_SUFFIX } from './keys';

export { copyKey } from './keys';
export { COPY_PREFIX, SET_ASIDE_PREFIX, STORAGE_KEY, TAB_COPY_SUFFIX };

/** Per-item stamps saved next to the board (older saves have none: every item counts as 0). */
const StampsSchema = record(string(), between(0, Number.MAX_SAFE_INTEGER, 'expected a stamp'));

export type LoadResult =
  | { status: 'empty' }
  | { status: 'ok'; board: BoardData; stamps: Stamps }
  | { status: 'set-aside'; reason: 'corrupt' | 'unknown-version'; key: string }
  | { status: 'set-aside-failed'; reason: 'corrupt' | 'unknown-version' }
  | { status: 'unavailable' };

export type SaveResult = 'ok' | 'quota' | 'unavailable';

/** Storage may throw on access itself (disabled cookies, sandboxed iframes). */
function open(getStorage: () => Storage): Storage | null {
  try {
    const storage = getStorage();
    storage.getItem(STORAGE_KEY);
    return storage;
  } catch {
    return null;
  }
}

/** A saved board's text as a board, or why it is not one. Reads no storage and changes nothing. */
export function readSaved(
  raw: string,
): { board: BoardData; stamps: Stamps } | { reason: 'corrupt' | 'unknown-version' } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { reason: 'corrupt' };
  }
  if (typeof parsed !== 'object' || parsed === null) return { reason: 'corrupt' };
  const version = (parsed as { v?: unknown }).v;
  if (typeof version === 'number' && version > BOARD_VERSION) return { reason: 'unknown-version' };
  if (version !== BOARD_VERSION) return { reason: 'corrupt' };
  const result = parse(BoardDataSchema, (parsed as { board?: unknown }).board);
  if (!result.ok) return { reason: 'corrupt' };
  const stamps = parse(StampsSchema, (parsed as { stamps?: unknown }).stamps ?? {});
  return { board: result.value, stamps: stamps.ok ? stamps.value : {} };
}

export function loadSaved(
  getStorage: () => Storage,
  now = new Date(),
  key = STORAGE_KEY,
): LoadResult {
  const storage = open(getStorage);
  if (!storage) return { status: 'unavailable' };
  const raw = storage.getItem(key);
  if (raw === null) return { status: 'empty' };
  const found = readSaved(raw);
  if ('board' in found) return { status: 'ok', board: found.board, stamps: found.stamps };
  const aside = SET_ASIDE_PREFIX + now.toISOString();
  try {
    storage.setItem(aside, raw);
    storage.removeItem(key);
    return { status: 'set-aside', reason: found.reason, key: aside };
  } catch {
    // Could not copy it: leave the original where it is, and do not overwrite it.
    return { status: 'set-aside-failed', reason: found.reason };
  }
}

/** The copies this tab works in, for every board on the page (web components have their own). */
export function copiesInTab(getSession: () => Storage): string[] {
  try {
    const session = getSession();
    const copies: string[] = [];
    for (let i = 0; i < session.length; i++) {
      const key = session.key(i);
      const copy = key?.endsWith(TAB_COPY_SUFFIX) ? session.getItem(key) : null;
      if (copy) copies.push(copy);
    }
    return copies;
  } catch {
    return [];
  }
}

/** Copies younger than this may still be open in another tab, which no tab can see from here. */
export const COPY_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** At most this many copies are kept besides the ones this tab works in. */
export const COPIES_KEPT = 3;

/**
 * Every "open as copy" writes a whole board under a new key, and a tab that opens another copy
 * or closes leaves the old one behind: after a workshop, megabytes of storage nobody can reach.
 * Removes every copy but those in `inUse` (this tab's, from sessionStorage) and the COPIES_KEPT
 * newest made within COPY_MAX_AGE_MS. Returns the keys removed; storage that fails is left alone.
 */
export function pruneCopies(
  getStorage: () => Storage,
  inUse: readonly string[],
  now = new Date(),
): string[] {
  const storage = open(getStorage);
  if (!storage) return [];
  try {
    const copies: { key: string; made: number }[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(COPY_PREFIX) && !inUse.includes(key))
        copies.push({ key, made: Date.parse(key.slice(COPY_PREFIX.length)) });
    }
    // Newest first; an unreadable stamp counts as oldest.
    copies.sort((a, b) => (b.made || 0) - (a.made || 0));
    const fresh = (made: number) => now.getTime() - made < COPY_MAX_AGE_MS;
    const stale = copies.filter((c, i) => i >= COPIES_KEPT || !fresh(c.made)).map((c) => c.key);
    for (const key of stale) storage.removeItem(key);
    return stale;
  } catch {
    return [];
  }
}

export function save(
  getStorage: () => Storage,
  board: BoardData,
  key = STORAGE_KEY,
  stamps: Stamps = {},
): SaveResult {
  const storage = open(getStorage);
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, JSON.stringify({ v: BOARD_VERSION, board, stamps }));
    return 'ok';
  } catch (error) {
    const name = (error as { name?: string }).name;
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
      ? 'quota'
      : 'unavailable';
  }
}
