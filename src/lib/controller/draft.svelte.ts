// What is being typed in the own-initiative form, owned by the controller: entering edit mode
// fills it from the initiative, leaving it (or a new board) empties it, a refused name shows
// stripped. The form only binds to it.
import type { OwnError } from '../board/board.svelte';
import type { OwnInitiative } from '../board/types';

export class OwnDraft {
  name = $state('');
  description = $state('');
  error = $state<OwnError | null>(null);

  /** The form for this initiative, or empty for a new one. */
  fill(own?: Pick<OwnInitiative, 'name' | 'description'>) {
    this.name = own?.name ?? '';
    this.description = own?.description ?? '';
    this.error = null;
  }
}
