// The boards being compared and what the last attempt to add some brought: the compare dialog's
// state. Every change is a method; the views only read. Lives as long as the dialog's owner, so
// closing and reopening the dialog keeps the boards.
import type { BoardData } from '../../board/types';
import { compareBoards } from './stats';
import type { Decoded } from '../../codec/errors';
import { decodeAny } from '../../codec/file';
import { decodeLink } from '../../codec/link';
import { fileBoardName, fragmentOf, pastedLinks } from './inputs';
import type { Problem, Source } from './problems';

export interface LoadedBoard {
  /** Stable for the board's life: names its default, its marker and its colour. */
  no: number;
  name: string;
  data: BoardData;
}

/** What one add action brought: boards added, and every problem met on the way. */
export interface Outcome {
  added: number;
  problems: Problem[];
}

export class CompareSession {
  boards = $state<LoadedBoard[]>([]);
  outcome = $state.raw<Outcome | null>(null);
  #next = 1;

  /** Per initiative that at least one board placed, most disagreement first. */
  readonly stats = $derived.by(() =>
    compareBoards(
      this.boards.map((b) => b.data),
      this.knownIds,
    ).filter((s) => s.count > 0),
  );

  /**
   * `knownIds`: the shared content initiatives, the only ones comparable across boards (own ids
   * like `own-1` mean something else on every board). `defaultName`: "Bord 3" in the current language.
   */
  constructor(
    readonly knownIds: readonly string[],
    readonly defaultName: (no: number) => string,
  ) {}

  /** The name to show: what the person typed, or the default if they cleared it. */
  label = (board: LoadedBoard) => board.name.trim() || this.defaultName(board.no);

  addCurrent(data: BoardData, name: string) {
    const problems: Problem[] = [];
    const added = this.#add(data, name, { kind: 'current' }, problems) ? 1 : 0;
    this.outcome = { added, problems };
  }

  async addLinks(text: string) {
    const problems: Problem[] = [];
    let added = 0;
    const links = pastedLinks(text);
    if (links.length === 0)
      problems.push({ source: { kind: 'link', n: 1, text: '' }, code: 'empty' });
    for (const link of links) {
      const source: Source = { kind: 'link', ...link };
      const decoded = await decodeLink(fragmentOf(link.text), this.knownIds);
      const board: Decoded<BoardData> = decoded.ok
        ? { ok: true, value: decoded.value.board, dropped: decoded.dropped }
        : decoded;
      if (this.#take(board, '', source, problems)) added++;
    }
    this.outcome = { added, problems };
  }

  async addFiles(files: readonly { name: string; bytes: () => Promise<Uint8Array> }[]) {
    const problems: Problem[] = [];
    let added = 0;
    for (const file of files) {
      const source: Source = { kind: 'file', name: file.name };
      let decoded: Decoded<BoardData>;
      try {
        decoded = await decodeAny(await file.bytes(), file.name, this.knownIds);
      } catch {
        // Reading failed (the file moved or vanished since it was chosen).
        decoded = { ok: false, error: { code: 'empty' } };
      }
      if (this.#take(decoded, fileBoardName(file.name), source, problems)) added++;
    }
    this.outcome = { added, problems };
  }

  rename(no: number, name: string) {
    const board = this.boards.find((b) => b.no === no);
    if (board) board.name = name;
  }

  remove(no: number) {
    this.boards = this.boards.filter((b) => b.no !== no);
  }

  #take(decoded: Decoded<BoardData>, name: string, source: Source, problems: Problem[]) {
    if (!decoded.ok) {
      problems.push({ source, code: decoded.error.code });
      return false;
    }
    if (!this.#add(decoded.value, name, source, problems)) return false;
    if (decoded.dropped?.length) problems.push({ source, dropped: decoded.dropped.length });
    return true;
  }

  #add(data: BoardData, name: string, source: Source, problems: Problem[]): boolean {
    if (!this.knownIds.some((id) => Object.hasOwn(data.placements, id))) {
      problems.push({ source, code: 'nothing-placed' });
      return false;
    }
    const no = this.#next++;
    this.boards.push({ no, name: name || this.defaultName(no), data });
    return true;
  }
}
