// A position as the compare view says it, in the plot's labels and in the table: the Utrecht
// form with the score, then the Peel en Maas type by name, or that it has no counterpart where
// the position lies across the ownership line. The outcome comes from the workbench's one rule.
import { formatScore } from '../../codec/csv';
import type { Lang } from '../../i18n/messages';
import type { CompareMessages } from './messages';

/** What this needs of the workbench: the derived outcome of a position. */
export interface Describes {
  describe(position: number): { formLabel: string; typeLabel: string };
}

/** "Overheidsparticipatie (65) · Peel en Maas: Type 3 · Gemeenschap met gemeente". */
export function positionText(
  wb: Describes,
  m: CompareMessages,
  lang: Lang,
  position: number,
): string {
  const { formLabel, typeLabel } = wb.describe(position);
  return m.at(formLabel, formatScore(position, lang), typeLabel);
}
