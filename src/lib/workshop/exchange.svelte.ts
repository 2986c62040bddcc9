// Bringing a board in from outside (a share link or a dropped/opened file) and what happens to
// the board already here: never replaced silently. Decoders never throw; a failure becomes one
// translated sentence and the current board stays as it was.
import type { Stamps } from '../board/board.svelte';
import type { BoardData } from '../board/types';
import type { CodecErrorCode } from '../codec/errors';
import { hasBoardLink } from '../controller/boardLink';
import type { Workbench } from '../controller/workbench.svelte';
import { fileCodec, linkCodec } from './codecs';
import type { Persistence } from '../board/persistence.svelte';
import { loadLaterText } from '../i18n/i18n.svelte';

export interface Incoming {
  board: BoardData;
  /** How the conflict question names it: "een gedeeld bord", "het bestand „x.json”". */
  source: string;
  dropped: number;
  /** Own initiatives whose name showed nothing and now has a placeholder name. */
  renamed?: number;
  /** A view-only link: shown read-only, one's own board kept aside until the view is closed. */
  view?: boolean;
  /** An embed's own board: opened without a toast, and nothing scrolls to it. */
  quiet?: boolean;
}

export type Choice = 'replace' | 'keep' | 'copy';

/** The decoders load with the first link or file to open: most visits open none. Their words
 *  (the workshop's messages) load beside them: a link opens before the board has loaded. */

const isEmpty = (b: BoardData) => Object.keys(b.placements).length === 0 && b.own.length === 0;
const same = (a: BoardData, b: BoardData) =>
  JSON.stringify([a.placements, a.own]) === JSON.stringify([b.placements, b.own]);

export class Exchange {
  /** A board waiting for the person's answer: open it, keep mine, or open it as a copy. */
  conflict = $state<Incoming | null>(null);
  /** The last thing that could not be opened, as a translated sentence. */
  error = $state<string | null>(null);
  /** One's own board while a shared board is viewed: "Sluit weergave" brings it back. */
  #kept = $state.raw<{ data: BoardData; stamps: Stamps } | null>(null);

  constructor(
    readonly wb: Workbench,
    /** Where the board is kept (Persistence): copies start there, and it says what is saved. */
    private readonly store: Pick<Persistence, 'startCopy' | 'inCopy' | 'saved'>,
  ) {}

  /** Working in a copy next to one's own saved board. */
  get copy() {
    return this.store.inCopy;
  }

  /** A shared board is shown read-only over one's own, which the view can give back. */
  get viewingLink() {
    return this.#kept !== null;
  }

  get knownIds() {
    return this.wb.content.initiatives.map((i) => i.id);
  }

  /**
   * A decoder's module, once the words to say what it found are here too; or (offline before
   * they were cached) null, and a sentence that says what to do if there are words to say it.
   */
  async #load<T>(codec: () => Promise<T>, source: () => string): Promise<T | null> {
    const [module, words] = await Promise.all([
      codec().catch(() => null),
      loadLaterText().then(
        () => true,
        () => false,
      ),
    ]);
    if (module !== null && words) return module;
    if (words) {
      this.error = this.errorText(source(), 'corrupt', this.wb.i18n.t.workshop.codecMissing);
      this.wb.announcer.say(this.error);
    }
    return null;
  }

  errorText(source: string, code: CodecErrorCode, reason?: string) {
    const t = this.wb.i18n.t.workshop;
    const text = t.openError(source, reason ?? t.errors[code]);
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** Own initiatives the decoder found nameless (codec `renamed`) get a name one can read. */
  named(board: BoardData, renamed: readonly string[] = []): BoardData {
    if (renamed.length === 0) return board;
    const name = this.wb.i18n.t.workshop.unnamed;
    let n = 0;
    return {
      ...board,
      own: board.own.map((o) => (renamed.includes(o.id) ? { ...o, name: name(++n) } : o)),
    };
  }

  /**
   * Opens the board in a URL fragment, if there is one. A view-only link opens read-only. A link
   * cut off right after `b=` is reported too: a link that does nothing looks like a broken app.
   * Quiet: the board an embed was given, which is what it shows rather than news.
   */
  async openFragment(hash: string, quiet = false): Promise<void> {
    if (!hasBoardLink(hash)) return;
    const codec = await this.#load(linkCodec, () => this.wb.i18n.t.workshop.linkSource);
    if (!codec) return;
    const t = this.wb.i18n.t.workshop;
    const result = await codec.decodeLink(hash, this.knownIds);
    if (!result.ok) {
      const { code } = result.error;
      // Empty or damaged, a link was almost always cut off when it was copied: say what helps.
      const cut = code === 'empty' || code === 'corrupt' ? t.linkCut : undefined;
      this.error = this.errorText(t.linkSource, code, cut);
      return;
    }
    const { board, mode } = result.value;
    const incoming = {
      board: this.named(board, result.renamed),
      source: t.conflict.fromLink,
      dropped: result.dropped?.length ?? 0,
      renamed: result.renamed?.length ?? 0,
      view: mode === 'view',
      quiet,
    };
    // Viewing hides one's own board without touching it: no question while storage holds it.
    if (incoming.view && this.store.saved) this.#view(incoming);
    else this.offer(incoming);
  }

  async openFile(file: File): Promise<void> {
    const named = () => this.wb.i18n.t.workshop.conflict.fromFile(file.name);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const codec = await this.#load(fileCodec, named);
    if (!codec) return;
    const source = named();
    const result = await codec.decodeAny(bytes, file.name, this.knownIds);
    if (!result.ok) {
      this.error = this.errorText(source, result.error.code);
      this.wb.announcer.say(this.error);
      return;
    }
    this.offer({
      board: this.named(result.value, result.renamed),
      source,
      dropped: result.dropped?.length ?? 0,
      renamed: result.renamed?.length ?? 0,
    });
  }

  /** Opens at once when nothing would be lost; otherwise asks. */
  offer(incoming: Incoming) {
    this.error = null;
    // Over a view, one's own board is the one kept aside.
    const here = this.#kept?.data ?? this.wb.board.toData();
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
    if (choice === 'copy') this.store.startCopy();
    // A view-only board opened as a copy is the copy to work on.
    this.#open(choice === 'copy' ? { ...incoming, view: false } : incoming);
  }

  /** From a read-only view to an editable copy; one's own saved board is not touched (and,
   *  where storage is off, comes back with undo). */
  editCopy() {
    const shown = this.wb.board.toData();
    this.#leaveView();
    this.wb.stage.readonly = false;
    this.store.startCopy();
    this.wb.board.load(shown);
    this.#clearFragment();
  }

  /** Ends viewing a shared board: one's own board is back as it was. */
  closeView() {
    this.#leaveView();
    this.wb.stage.readonly = false;
    this.#clearFragment();
    this.wb.showOpened(this.wb.i18n.t.workshop.viewClosed);
  }

  #view(incoming: Incoming) {
    const t = this.wb.i18n.t.workshop;
    this.#kept ??= { data: this.wb.board.toData(), stamps: this.wb.board.stamps() };
    this.wb.cancel();
    this.wb.editing = null;
    this.wb.stage.readonly = true;
    this.wb.board.restore(incoming.board);
    if (!incoming.quiet)
      this.wb.showOpened(t.opened(incoming.source) + this.#renamedNote(incoming));
  }

  #leaveView() {
    const kept = this.#kept;
    if (!kept) return;
    this.#kept = null;
    this.wb.board.restore(kept.data, kept.stamps);
  }

  #open(incoming: Incoming) {
    if (incoming.view) return this.#view(incoming);
    const t = this.wb.i18n.t.workshop;
    // An edit link over a view: back to one's own board first, so undo returns to it.
    if (this.#kept) {
      this.#leaveView();
      this.wb.stage.readonly = false;
    }
    this.wb.board.load(incoming.board);
    this.#clearFragment();
    if (incoming.quiet) return;
    const note = incoming.dropped > 0 ? ` ${t.dropped(incoming.dropped)}` : '';
    this.wb.showOpened(t.opened(incoming.source) + note + this.#renamedNote(incoming));
  }

  #renamedNote({ renamed = 0 }: Incoming) {
    return renamed > 0 ? ` ${this.wb.i18n.t.workshop.renamed(renamed)}` : '';
  }

  #clearFragment() {
    if (typeof window !== 'undefined') this.wb.stage.host.clearFragment();
  }
}
