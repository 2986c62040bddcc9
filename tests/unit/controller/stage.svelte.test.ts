import { describe, expect, it } from 'vitest';
import { rawContent } from '../../../src/lib/content/files';
import { validateContent } from '../../../src/lib/validation/validate';
import { I18n } from '../../../src/lib/i18n/i18n.svelte';
import { Stage, type Mode } from '../../../src/lib/controller/stage.svelte';
import { pageHost, type Host } from '../../../src/lib/host/host';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content invalid');
const content = result.content;

/** A host that records what the stage asks of it; `wide` is whether it fits a given width. */
function recordingHost(wide: boolean) {
  const calls: string[] = [];
  const host: Host = {
    ...pageHost(),
    setPresenting: (on) => void calls.push(`presenting ${on}`),
    setFullscreen: (on) => void calls.push(`fullscreen ${on}`),
    fits: () => wide,
  };
  return { host, calls };
}
const make = (mode: Mode = 'edit', wide = true) => {
  const { host, calls } = recordingHost(wide);
  return { stage: new Stage(content, new I18n('nl'), mode, { host }), calls };
};

describe('Stage', () => {
  it.each([
    ['edit', false, false, false],
    ['view', true, false, false],
    ['present', false, true, false],
    ['explain', true, false, true],
  ] as const)('mode %s: readonly %s, presenting %s, explain %s', (mode, ro, pres, expl) => {
    const { stage } = make(mode);
    expect([stage.readonly, stage.presenting, stage.explain]).toEqual([ro, pres, expl]);
  });

  it('presentation reaches the host, with full screen, and folds the pile below projector width', () => {
    const narrow = make('edit', false);
    narrow.stage.setPresenting(true);
    expect(narrow.calls).toEqual(['presenting true', 'fullscreen true']);
    expect(narrow.stage.pileOpen).toBe(false);
    const wide = make('edit', true);
    wide.stage.setPresenting(true);
    expect(wide.stage.pileOpen).toBe(true);
    wide.stage.presenting = false;
    expect(wide.calls.at(-1)).toBe('presenting false');
  });

  it('the card in hand: taken, with or without its menu, put down, cleared', () => {
    const { stage } = make();
    stage.take('a');
    expect([stage.picked, stage.menu]).toEqual(['a', null]);
    stage.take('b', true);
    expect([stage.picked, stage.menu]).toEqual(['b', 'b']);
    stage.closeMenu();
    expect([stage.picked, stage.menu]).toEqual(['b', null]);
    stage.take('b', true);
    stage.closeMenu(true);
    expect([stage.picked, stage.menu]).toEqual([null, null]);
    stage.take('c', true);
    stage.over = 'inspraak';
    stage.clearHand();
    expect([stage.picked, stage.menu, stage.over]).toEqual([null, null, null]);
  });

  it('the board, the table and the pile change only through its methods', () => {
    const { stage } = make();
    expect([stage.boardShown, stage.view, stage.pileOpen]).toEqual([false, 'board', true]);
    stage.showBoard();
    stage.toggleTable();
    stage.togglePile();
    expect([stage.boardShown, stage.view, stage.pileOpen]).toEqual([true, 'table', false]);
    stage.toggleTable();
    stage.togglePile();
    expect([stage.view, stage.pileOpen]).toEqual(['board', true]);
    stage.foldPile();
    stage.foldPile();
    expect(stage.pileOpen).toBe(false);
  });

  it('opens the board through the opener it is given, and before that resolves without one', async () => {
    const { stage } = make();
    await expect(stage.openBench()).resolves.toBeUndefined();
    let opened = 0;
    stage.opener = async () => void opened++;
    await stage.openBench();
    expect(opened).toBe(1);
  });
});
