// Where boards are kept in web storage: names only, so the page can look without loading the
// storage code (board/autosave.ts).
export const STORAGE_KEY = 'kompasverkenner:board';
export const SET_ASIDE_PREFIX = 'kompasverkenner:set-aside:';
export const COPY_PREFIX = 'kompasverkenner:copy:';
/** Under `<storage key>` + this, sessionStorage names the copy a board on this tab works in. */
export const TAB_COPY_SUFFIX = ':this-tab-copy';
/** A copy opened next to one's own board is saved under its own key, stamped when it was made. */
export const copyKey = (now = new Date()) => `${COPY_PREFIX}${now.toISOString()}`;

/** The copy this tab works in, named in sessionStorage under `key` (never throws). */
export function tabCopy(session: () => Storage, key: string): string | null {
  try {
    return session().getItem(key + TAB_COPY_SUFFIX);
  } catch {
    return null;
  }
}

/**
 * Whether storage holds anything a board under `key` could restore or prune: the board, or a
 * copy (never throws: storage that throws counts, as the storage code reports it).
 */
export function anythingSaved(storage: () => Storage, key: string): boolean {
  try {
    const s = storage();
    if (s.getItem(key) !== null) return true;
    for (let i = 0; i < s.length; i++) if (s.key(i)?.startsWith(COPY_PREFIX)) return true;
    return false;
  } catch {
    return true;
  }
}
