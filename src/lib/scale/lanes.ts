// The placed cards per Utrecht form, in scale order: the one grouping the screen (the lanes under
// the bands, and so print) and the SVG/PNG export agree on. Pure.
import type { Framework } from '../content/schema';
import { itemAt } from './scale';

/**
 * Card ids by the form their position falls in, every form present (in data order); ids `known`
 * rejects (a stale link's) are left out. Within a form: towards residents first, then by id.
 */
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
