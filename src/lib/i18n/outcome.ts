// The Peel en Maas outcome of a position, by name: its type, or — where the Utrecht form lies
// across Peel en Maas's ownership line (gelijkwaardig samenwerken) — that it has no counterpart.
// One rule for the card, the live region, the table, CSV, SVG/PNG and the compare view.
import type { Framework, Text } from '../content/schema';
import { locate, type Placement } from '../scale/scale';
import type { Messages } from './messages';

export interface OutcomeText {
  /** "Type 3 · Gemeenschap met gemeente", or "Geen tegenhanger in Peel en Maas" (on a card). */
  typeName: string;
  /** The same with the model named first where needed: "Peel en Maas: Type 3 · …". */
  typeLabel: string;
}

export function outcomeText(
  t: Messages,
  tx: (text: Text) => string,
  other: Framework,
  at: Placement,
): OutcomeText {
  const model = tx(other.short);
  if (at.acrossLine)
    return { typeName: t.board.noTypeShort(model), typeLabel: t.board.noType(model) };
  const name = tx(at.type.label);
  return { typeName: name, typeLabel: t.board.typeNamed(model, name) };
}

/**
 * "Overheidsparticipatie" and "Peel en Maas: Type 3 · Gemeenschap met gemeente" for a position
 * on the scale of two models; across the ownership line the type says there is no counterpart.
 */
export function describePosition(
  [main, other]: readonly [Framework, Framework],
  t: Messages,
  tx: (text: Text) => string,
  position: number,
) {
  const at = locate(main, other, position);
  return { ...at, formLabel: tx(at.form.label), ...outcomeText(t, tx, other, at) };
}
