// The board as CSV rows, with every label in the current language. The type column is headed
// "Peel en Maas-type", so a cell holds the type by name, or the no-counterpart sentence for a
// position across the ownership line (gelijkwaardig samenwerken); empty only when not placed.
import type { CsvRow } from '../codec';
import type { Workbench } from '../explorer/workbench.svelte';

export function csvRows(wb: Workbench): CsvRow[] {
  const sources = new Map(wb.content.sources.map((s) => [s.id, s.url]));
  return wb.cards.map((card) => {
    const position = wb.board.position(card.id) ?? null;
    const at = position === null ? null : wb.describe(position);
    const ref = card.initiative?.reference;
    return {
      name: card.name,
      position,
      form: at?.formLabel ?? '',
      type: at?.typeName ?? '',
      referenceForm: ref ? wb.describe(ref.position).formLabel : '',
      basis: ref ? wb.i18n.t.board.reveal.basis[ref.basis] : '',
      source: (card.initiative?.sources ?? []).map((id) => sources.get(id) ?? id).join(' '),
    };
  });
}
