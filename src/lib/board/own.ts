// The rules an own initiative's name and description follow: plain text, trimmed, limited, a name
// that shows something and carries no bidi controls (refused, so the form can say so); and a new
// one's id.
import { hasBidi, isInvisible, stripBidi } from './names';
import { LIMITS, type OwnInitiative } from './types';

export type OwnError =
  'name-required' | 'name-invisible' | 'name-bidi' | 'name-too-long' | 'description-too-long';
export type OwnResult = { ok: true; id: string } | { ok: false; error: OwnError };

// Control characters never belong in a name or a description (plain text only).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
export const clean = (s: string) => s.replace(CONTROL, '').trim();
// A description only shows in the detail panel: its bidi controls go without a word. A name's are
// refused ('name-bidi'), so the form can say so and show the name as it will be stored.
export const cleanDescription = (s: string) => clean(stripBidi(s));

export function checkOwn(name: string, description: string): OwnError | null {
  const n = clean(name);
  if (n.length === 0) return 'name-required';
  if (isInvisible(stripBidi(n))) return 'name-invisible';
  if (hasBidi(n)) return 'name-bidi';
  if (n.length > LIMITS.name) return 'name-too-long';
  if (cleanDescription(description).length > LIMITS.description) return 'description-too-long';
  return null;
}

/** A new own initiative's id, not yet among `own`. Random, so two tabs adding at once never pick
 *  the same id (own-1 … from older boards stay). */
export function newOwnId(own: readonly OwnInitiative[]): string {
  const used = new Set(own.map((o) => o.id));
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(6));
    const id = `own-${[...bytes].map((b) => (b % 36).toString(36)).join('')}`;
    if (!used.has(id)) return id;
  }
}
