// The one polite live region's text. Saying the same sentence twice still announces it: a
// zero-width space toggles at the end so the text always changes.
export class Announcer {
  message = $state('');
  #flip = false;

  say(text: string) {
    this.#flip = !this.#flip;
    this.message = this.#flip ? text : `${text}\u200b`;
  }
}
