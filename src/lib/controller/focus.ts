// Where focus goes after a change on the board: the card that moved, kept in the part of the
// screen that shows.
/**
 * Focuses the card `id` under `root` and scrolls no further than needed. The browser's own
 * scroll on focus ignores the phone's pile sheet over the screen's lower part and the toast that
 * confirms a placement above it: the card must not hide under either.
 */
export function focusCard(root: HTMLElement | null, id: string) {
  const el = root?.querySelector<HTMLElement>(`[data-card="${CSS.escape(id)}"]`);
  if (!root || !el) return;
  el.focus({ preventScroll: true });
  const sheet = parseFloat(root.style.getPropertyValue('--pile-h') || '0') || 0;
  const toast = root.querySelector('.toast')?.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const under = toast && toast.left < r.right && toast.right > r.left ? toast.top : Infinity;
  const bottom = Math.min(window.innerHeight - sheet, under);
  if (r.top < 0) window.scrollBy(0, r.top - 8);
  else if (r.bottom > bottom) window.scrollBy(0, Math.min(r.top - 8, r.bottom - bottom + 8));
}

/** Focuses the element `selector` names under `root`, if it is there. */
export const focusOn = (root: HTMLElement | null, selector: string) =>
  root?.querySelector<HTMLElement>(selector)?.focus();

/** Brings the scale (the board) to the top of the screen: a board opened from a link or a file. */
export function scaleIntoView(root: HTMLElement | null) {
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  root
    ?.querySelector('[data-scale-top]')
    ?.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
}
