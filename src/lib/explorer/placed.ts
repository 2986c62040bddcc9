// The placed cards per Utrecht form, in scale order (towards residents first, then by id): the
// one grouping the scale, the table and the exports agree on.
import type { Framework } from '../content/schema';
import { itemAt } from '../scale/scale';

/** Cards by the form their position falls in; ids nobody knows (a stale link) are left out. */
export function groupByForm(
  main: Framework,
  placements: Readonly<Record<string, number>>,
  known: (id: string) => boolean,
): Map<string, string[]> {
  const groups = new Map(main.items.map((f) => [f.id, [] as string[]]));
  for (const [id, p] of Object.entries(placements)) {
    if (known(id)) groups.get(itemAt(main, p).id)!.push(id);
  }
  // Plain comparison, not localeCompare: the same board gives the same order everywhere.
  for (const ids of groups.values())
    ids.sort((a, b) => placements[b]! - placements[a]! || (a < b ? -1 : a > b ? 1 : 0));
  return groups;
}

export const placedByForm = (
  wb: { board: { placements: Readonly<Record<string, number>> }; card: (id: string) => unknown },
  main: Framework,
) => groupByForm(main, wb.board.placements, (id) => wb.card(id) !== undefined);
