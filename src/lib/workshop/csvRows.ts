// The board as CSV rows, with every label in the current language. The type column holds the
// full outcome, as the live region says it: the Peel en Maas type by name, or the whole
// no-counterpart sentence across the ownership line (a cell must stand alone, unlike a card).
import type { CsvRow } from '../codec';
import type { Workbench } from '../controller/workbench.svelte';

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
      type: at?.typeLabel ?? '',
      referenceForm: ref ? wb.describe(ref.position).formLabel : '',
      basis: ref ? wb.i18n.t.sourcing.status[ref.provenance.status] : '',
      source: (card.initiative?.sources ?? []).map((id) => sources.get(id) ?? id).join(' '),
    };
  });
}
