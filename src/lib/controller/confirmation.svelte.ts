// The visible confirmation of the last change (a placement, a removal, a board opened, clearing
// the board), with an undo button where undo takes it back. The live region says the same to
// screen readers; this is for eyes. A new one replaces the last (its key tells them apart).
export interface Shown {
  message: string;
  key: number;
  undo: boolean;
}

export class Confirmation {
  #shown = $state<Shown | null>(null);
  #count = 0;

  /** What is shown now, if anything. */
  get shown() {
    return this.#shown;
  }

  show(message: string, undo = true) {
    this.#shown = { message, key: ++this.#count, undo };
  }

  dismiss() {
    this.#shown = null;
  }
}
