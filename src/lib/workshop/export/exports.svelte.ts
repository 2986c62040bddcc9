// The board's exports as actions a menu runs: PNG (the board inside, so it opens again), SVG
// (for slides), CSV (for a spreadsheet) and print (the A3 poster of src/app/print.css). Each outcome
// is said in the one live region.
import type { Workbench } from '../../controller/workbench.svelte';
import { csvRows } from '../csvRows';
import { download } from '../download';
import type { BoardSvgInput } from './boardSvg';
import { svgLabels } from './labels';
import { exportMessages } from './messages';
import { csvCodec } from '../codecs';

// The drawing and CSV code loads on first use (fetched early on intent, see preload): most
// visits never export.
const drawing = () => Promise.all([import('./boardSvg'), import('./png')]);
const FILE = 'kompasverkenner-bord';

export class BoardExports {
  /** A drawing takes a moment; a second request meanwhile is ignored, not queued. */
  busy = $state(false);

  constructor(readonly wb: Workbench) {}

  get messages() {
    return exportMessages[this.wb.i18n.lang];
  }

  #input(): BoardSvgInput {
    const x = this.messages;
    return {
      content: this.wb.content,
      board: this.wb.board.toData(),
      lang: this.wb.i18n.lang,
      title: x.title,
      labels: svgLabels(this.wb.i18n.t, x),
    };
  }

  /** Runs one drawing export, announcing the saved file or that it failed. */
  async #draw(ext: string, make: (input: BoardSvgInput) => Promise<[Blob | string, string]>) {
    if (this.busy) return;
    this.busy = true;
    const name = `${FILE}.${ext}`;
    try {
      const [data, type] = await make(this.#input());
      download(name, data, type);
      this.wb.announcer.say(this.messages.saved(name));
    } catch {
      // A chunk that did not load (offline, a new deploy) or a canvas that failed.
      this.wb.announcer.say(this.messages.failed);
    } finally {
      this.busy = false;
    }
  }

  svg = () =>
    this.#draw('svg', async (input) => {
      const [{ boardSvg }] = await drawing();
      return [boardSvg(input), 'image/svg+xml'];
    });

  png = () =>
    this.#draw('png', async (input) => {
      const [, { boardPng }] = await drawing();
      const png = await boardPng(input);
      return [new Blob([png.slice()], { type: 'image/png' }), 'image/png'];
    });

  csv = async () => {
    const name = `${FILE}.csv`;
    try {
      const { encodeCsv } = await csvCodec();
      download(name, encodeCsv(csvRows(this.wb), this.wb.i18n.lang), 'text/csv;charset=utf-8');
      this.wb.announcer.say(this.wb.i18n.t.workshop.exported(name));
    } catch {
      this.wb.announcer.say(this.messages.failed);
    }
  };

  print = () => window.print();

  /** Fetches the drawing and CSV code early, on a sign of intent (the menu pointed at). */
  preload = () => {
    void drawing().catch(() => {});
    void csvCodec().catch(() => {});
  };
}
