// The workbench's placed cards per Utrecht form (scale/lanes.ts's one grouping), for the scale.
import type { Framework } from '../content/schema';
import { groupByForm } from '../scale/lanes';

export const placedByForm = (
  wb: { board: { placements: Readonly<Record<string, number>> }; card: (id: string) => unknown },
  main: Framework,
) => groupByForm(main, wb.board.placements, (id) => wb.card(id) !== undefined);
