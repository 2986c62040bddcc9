// Bringing a board in from outside (a share link or a dropped/opened file) and what happens to
// the board already here: never replaced silently. Decoders never throw; a failure becomes one
// translated sentence and the current board stays as it was.
import { createContext } from 'svelte';
import type { BoardData } from '../board/types';
import { decodeAny, decodeLink, parseFragment, type CodecErrorCode } from '../codec';
import type { Workbench } from '../explorer/workbench.svelte';

export interface Incoming {
  board: BoardData;
  /** How the conflict question names it: "een gedeeld bord", "het bestand „x.json”". */
  source: string;
  dropped: number;
}

export type Choice = 'replace' | 'keep' | 'copy';

const isEmpty = (b: BoardData) => Object.keys(b.placements).length === 0 && b.own.length === 0;
const same = (a: BoardData, b: BoardData) =>
  JSON.stringify([a.placements, a.own]) === JSON.stringify([b.placements, b.own]);

export class Exchange {
  /** A board waiting for the person's answer: open it, keep mine, or open it as a copy. */
  conflict = $state<Incoming | null>(null);
  /** The last thing that could not be opened, as a translated sentence. */
  error = $state<string | null>(null);
  /** Working in a copy next to one's own saved board. */
  copy = $state(false);

  constructor(
    readonly wb: Workbench,
    /** Switches autosave to a separate key, so one's own board stays untouched. */
    private readonly startCopy: () => void,
  ) {}

  get knownIds() {
    return this.wb.content.initiatives.map((i) => i.id);
  }

  errorText(source: string, code: CodecErrorCode) {
    const t = this.wb.i18n.t.workshop;
    const text = t.openError(source, t.errors[code]);
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** Opens the board in a URL fragment, if there is one. A view-only link opens read-only. */
  async openFragment(hash: string): Promise<void> {
    if (!parseFragment(hash)) return;
    const t = this.wb.i18n.t.workshop;
    const result = await decodeLink(hash, this.knownIds);
    if (!result.ok) {
      this.error = this.errorText(t.linkSource, result.error.code);
      return;
    }
    const { board, mode } = result.value;
    if (mode === 'view') {
      this.wb.cancel();
      this.wb.editing = null;
      this.wb.readonly = true;
      this.wb.board.restore(board);
      this.wb.showOpened(t.opened(t.conflict.fromLink));
      return;
    }
    this.offer({ board, source: t.conflict.fromLink, dropped: result.dropped?.length ?? 0 });
  }

  async openFile(file: File): Promise<void> {
    const t = this.wb.i18n.t.workshop;
    const source = t.conflict.fromFile(file.name);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await decodeAny(bytes, file.name, this.knownIds);
    if (!result.ok) {
      this.error = this.errorText(source, result.error.code);
      this.wb.announcer.say(this.error);
      return;
    }
    this.offer({ board: result.value, source, dropped: result.dropped?.length ?? 0 });
  }

  /** Opens at once when nothing would be lost; otherwise asks. */
  offer(incoming: Incoming) {
    this.error = null;
    const here = this.wb.board.toData();
    if (isEmpty(here) || same(here, incoming.board)) this.#open(incoming);
    else this.conflict = incoming;
  }

  resolve(choice: Choice) {
    const incoming = this.conflict;
    this.conflict = null;
    if (!incoming || choice === 'keep') {
      this.#clearFragment();
      return;
    }
    if (choice === 'copy') {
      this.copy = true;
      this.startCopy();
    }
    this.#open(incoming);
  }

  /** From a read-only view to an editable copy; one's own saved board is not touched. */
  editCopy() {
    this.wb.readonly = false;
    this.copy = true;
    this.startCopy();
    this.#clearFragment();
  }

  #open(incoming: Incoming) {
    const t = this.wb.i18n.t.workshop;
    this.wb.board.load(incoming.board);
    this.#clearFragment();
    const note = incoming.dropped > 0 ? ` ${t.dropped(incoming.dropped)}` : '';
    this.wb.showOpened(t.opened(incoming.source) + note);
  }

  #clearFragment() {
    if (typeof location !== 'undefined' && location.hash) {
      history.replaceState(history.state, '', location.pathname + location.search);
    }
  }
}

export const [getExchange, setExchange] = createContext<Exchange>();
