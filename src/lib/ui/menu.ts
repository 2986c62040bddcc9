// The entries of a toolbar menu and where a key moves focus in it (WAI-ARIA APG menu pattern).
// Pure, so the keyboard rules are tested without a DOM; MenuButton.svelte only applies them.

/** One entry. With `checked` it is a menuitemcheckbox, otherwise a plain menuitem. */
export interface MenuEntry {
  label: string;
  run: () => void;
  checked?: boolean;
  /** Stays in the menu and focusable (so it is found and heard), but does nothing. */
  disabled?: boolean;
  keyshortcuts?: string;
}

/**
 * The index focus moves to for `key`, with focus on item `at` of `count` (-1: on none): the
 * arrows wrap, Home and End jump to the ends. Null when the key is not a move.
 */
export function menuMove(key: string, at: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown') return (at + 1) % count;
  if (key === 'ArrowUp') return at <= 0 ? count - 1 : at - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/**
 * Type-ahead: the next item after `at` whose label starts with the typed character, wrapping;
 * null for anything but one printable character, or when no label starts with it.
 */
export function typeahead(labels: string[], at: number, key: string): number | null {
  if ([...key].length !== 1 || key.trim() === '') return null;
  const char = key.toLocaleLowerCase();
  for (let step = 1; step <= labels.length; step++) {
    const i = (at + step) % labels.length;
    if (labels[i]!.trim().toLocaleLowerCase().startsWith(char)) return i;
  }
  return null;
}
