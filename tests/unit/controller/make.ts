// Test helper: a workbench as the page makes one — on its stage, with its board, loaded and
// restored (as Workspace leaves it once the saved board is back).
import { Board } from '../../../src/lib/board/board.svelte';
import type { Content } from '../../../src/lib/content/model';
import type { I18n } from '../../../src/lib/i18n/i18n.svelte';
import { Stage, type Mode, type StageOptions } from '../../../src/lib/controller/stage.svelte';
import { Workbench } from '../../../src/lib/controller/workbench.svelte';

export function makeWorkbench(
  content: Content,
  i18n: I18n,
  board = new Board(),
  mode: Mode = 'edit',
  options: StageOptions = {},
): Workbench {
  const stage = new Stage(content, i18n, mode, options);
  const wb = new Workbench(stage, board);
  stage.bench = wb;
  stage.restored = true;
  return wb;
}
