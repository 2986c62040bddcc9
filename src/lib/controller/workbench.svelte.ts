// The explorer's controller: turns a person's intent (place, move, pick up, undo…) into a board
// method, announces the outcome in the current language and keeps focus where it belongs.
import { tick } from 'svelte';
import type { Action, Board } from '../board/board.svelte';
import type { Content } from '../content/model';
import type { I18n } from '../i18n/i18n.svelte';
import { snap, snapInto, stepFine, stepForm } from '../scale/scale';
import { focusCard, focusOn, scaleIntoView } from './focus';
import { Confirmation } from './confirmation.svelte';
import type { Announcer } from './announcer.svelte';
import { contentCard, ownCard, type Card } from './cards';
import { describePosition } from '../i18n/outcome';
import { OwnDraft } from './draft.svelte';
import type { Stage } from './stage.svelte';

export class Workbench {
  /** Keyboard move in progress: where the card would go on Enter. */
  pending = $state<{ id: string; position: number } | null>(null);
  /** What the own-initiative form holds. */
  readonly draft = new OwnDraft();
  #editing = $state<string | null>(null);
  /** Own initiative being edited in the form. */
  get editing() {
    return this.#editing;
  }
  /**
   * Entering edit mode fills the form and puts focus on its name; leaving it empties the form.
   * The same id again changes nothing: what is being typed stays.
   */
  set editing(id: string | null) {
    if (id === this.#editing) return;
    this.#editing = id;
    const own = this.board.own.find((o) => o.id === id);
    this.draft.fill(own);
    if (own) void tick().then(() => focusOn(this.stage.root, '#own-name'));
  }
  /** A card is being dragged: shortcuts wait, as they would move the targets under the pointer. */
  dragging = false;

  readonly cards: Card[] = $derived.by(() => [
    ...this.content.initiatives.map((ini) => contentCard(ini, this.i18n.lang)),
    ...this.board.own.map(ownCard),
  ]);
  // Rebuilt whenever the cards change, never mutated: a plain Map is right here.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #byId = $derived(new Map(this.cards.map((c) => [c.id, c])));

  /** The visible confirmation of the last change, with undo (the live region says it too). */
  readonly toast = new Confirmation();

  readonly content: Content;
  readonly i18n: I18n;
  readonly announcer: Announcer;

  constructor(
    readonly stage: Stage,
    readonly board: Board,
  ) {
    this.content = stage.content;
    this.i18n = stage.i18n;
    this.announcer = stage.announcer;
  }

  card = (id: string) => this.#byId.get(id);
  name = (id: string) => this.card(id)?.name ?? id;

  /** The form and the other model's type at a position, by name (see i18n/outcome.ts). */
  describe(position: number) {
    return describePosition(this.content.frameworks, this.i18n.t, this.i18n.tx, position);
  }

  place(id: string, position: number, focus = false) {
    this.board.place(id, position);
    const d = this.describe(this.board.position(id) ?? position);
    this.#tell(this.i18n.t.board.announce.placed(this.name(id), d.formLabel, d.typeLabel));
    this.#clearMoves();
    if (focus) void this.focusCard(id);
  }

  remove(id: string) {
    this.board.remove(id);
    this.#tell(this.i18n.t.board.announce.removed(this.name(id)));
    this.#clearMoves();
    void this.focusCard(id);
  }

  /** A drop target was activated (a band tapped or clicked): place the picked card there. */
  placePickedAt(targetId: string): boolean {
    const id = this.stage.picked;
    if (!id) return false;
    // Focus follows the card to the scale: the tapped target is gone once the card lands.
    this.place(id, this.snapInto(targetId, undefined), true);
    return true;
  }

  pick(id: string) {
    this.stage.take(id);
    // The next card in hand: the last change's notice has been seen, and it would cover the scale.
    this.toast.dismiss();
    this.announcer.say(this.i18n.t.board.announce.picked(this.name(id)));
  }
  /** A card's "Plaats bij…" menu opens, and the card is in hand (a tap on a form places it). */
  openMenu(id: string) {
    this.pick(id);
    this.stage.take(id, true);
  }

  /** Arrow keys: step one form (or finely) from the pending, placed or middle position. */
  step(id: string, dir: 1 | -1, fine: boolean) {
    const [main] = this.content.frameworks;
    const from = this.pending?.id === id ? this.pending.position : this.board.position(id);
    const position =
      from === undefined ? snap(main, 0.5) : fine ? stepFine(from, dir) : stepForm(main, from, dir);
    this.pending = { id, position };
    const d = this.describe(position);
    this.stage.over = d.form.id;
    this.announcer.say(this.i18n.t.board.announce.pending(this.name(id), d.formLabel, d.typeLabel));
  }

  confirm(): boolean {
    if (!this.pending) return false;
    this.place(this.pending.id, this.pending.position, true);
    return true;
  }

  cancel(): boolean {
    const id = this.pending?.id ?? this.stage.picked;
    if (!id) return false;
    this.#clearMoves();
    this.announcer.say(this.i18n.t.board.announce.cancelled(this.name(id)));
    return true;
  }

  /** Position for a drop on a form or type (see scale.ts). */
  snapInto(targetId: string, fraction: number | undefined): number {
    const [main, other] = this.content.frameworks;
    return snapInto(main, other, targetId, fraction);
  }

  undo() {
    const action = this.board.undo();
    const t = this.i18n.t.board.announce;
    this.announcer.say(action ? t.undone(this.#what(action)) : t.nothingToUndo);
    this.toast.dismiss();
  }

  /** A board came from a link or a file: say so visibly, with undo, and bring the scale into view. */
  showOpened(message: string) {
    this.#tell(message);
    void tick().then(() => scaleIntoView(this.stage.root));
  }

  /** Another tab's changes were merged into this board: say so visibly, without an undo (this
   *  tab's undo takes back this tab's own actions only). */
  tellOtherTab(changes: number) {
    this.#tell(this.i18n.t.board.announce.otherTab(changes), false);
  }

  /** Says it in the live region and shows it, with undo, until the next change or a dismissal. */
  #tell(message: string, undo = true) {
    this.announcer.say(message);
    this.toast.show(message, undo);
  }

  redo() {
    const action = this.board.redo();
    const t = this.i18n.t.board.announce;
    this.announcer.say(action ? t.redone(this.#what(action)) : t.nothingToRedo);
  }

  reset() {
    const placed = Object.keys(this.board.placements).length;
    this.board.reset();
    this.#tell(this.i18n.t.board.announce.resetCount(placed));
  }

  setRevealAll(shown: boolean) {
    this.board.setRevealAll(shown);
    const t = this.i18n.t.board.announce;
    this.announcer.say(shown ? t.revealedAll : t.hiddenAll);
  }

  /** Focus on a card where it is now (after the change has rendered), kept in view. */
  async focusCard(id: string) {
    await tick();
    focusCard(this.stage.root, id);
  }

  addOwn(name: string, description: string) {
    const result = this.board.addOwn(name, description);
    if (result.ok) this.announcer.say(this.i18n.t.board.announce.added(this.name(result.id)));
    return result;
  }

  /** A new own initiative placed at once (the guided route): one step to undo. */
  addOwnAt(name: string, position: number) {
    const result = this.board.addOwn(name, '', position);
    if (result.ok) {
      const d = this.describe(position);
      this.#tell(this.i18n.t.board.announce.placed(this.name(result.id), d.formLabel, d.typeLabel));
      this.#clearMoves();
      void this.focusCard(result.id);
    }
    return result;
  }

  editOwn(id: string, name: string, description: string) {
    const result = this.board.editOwn(id, name, description);
    if (result.ok) {
      this.editing = null;
      this.announcer.say(this.i18n.t.board.announce.edited(this.name(id)));
      void this.focusCard(id);
    }
    return result;
  }

  deleteOwn(id: string) {
    const name = this.name(id);
    this.board.deleteOwn(id);
    if (this.editing === id) this.editing = null;
    this.announcer.say(this.i18n.t.board.announce.deleted(name));
    // The card is gone: focus goes to the deck, not to the page.
    void tick().then(() => focusOn(this.stage.root, '#deck-heading'));
  }

  /** Leaves the own-initiative form without saving; focus returns to the card. */
  stopEditing() {
    const id = this.editing;
    this.editing = null;
    if (id) void this.focusCard(id);
  }

  #what(action: Action): string {
    if (action.kind === 'reset') return this.i18n.t.board.announce.reset;
    if (action.kind === 'load') return this.i18n.t.board.announce.loaded;
    // A card that is gone again (an undone addition, a redone deletion) is named by the action.
    const name = action.id ? (this.card(action.id)?.name ?? action.name ?? action.id) : '';
    const position = action.id ? this.board.position(action.id) : undefined;
    if (position === undefined) return name;
    const d = this.describe(position);
    return this.i18n.t.board.announce.placed(name, d.formLabel, d.typeLabel);
  }

  #clearMoves() {
    this.pending = null;
    this.stage.clearHand();
  }
}
