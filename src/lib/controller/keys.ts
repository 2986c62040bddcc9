// Whether a key press belongs to something else: a text field, a dialog or a menu. Uses the
// event's composed path, so it also sees inside the web component's shadow root (where a window
// listener's e.target is only the host element).
const OWN_KEYS = 'input, textarea, select, [contenteditable], dialog, [role="menu"]';

export function keyBelongsElsewhere(e: KeyboardEvent): boolean {
  const origin = e.composedPath()[0];
  return origin instanceof Element && origin.closest(OWN_KEYS) !== null;
}
