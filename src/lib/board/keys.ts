// Where boards are kept in web storage: names only, so the page can look without loading the
// storage code (board/autosave.ts).
export const STORAGE_KEY = 'kompasverkenner:board';
export const SET_ASIDE_PREFIX = 'kompasverkenner:set-aside:';
export const COPY_PREFIX = 'kompasverkenner:copy:';
/** Under `<storage key>` + this, sessionStorage names the copy a board on this tab works in. */
export const TAB_COPY_SUFFIX = ':this-tab-copy';
/** A copy opened next to one's own board is saved under its own key, stamped when it was made. */
export const copyKey = (now = new Date()) => `${COPY_PREFIX}${now.toISOString()}`;
