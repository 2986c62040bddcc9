// English, type-checked against Dutch (nl.ts). A missing key falls back to Dutch at run time;
// a unit test keeps this file complete.
import type { PartialMessages } from './messages';

export const en: PartialMessages = {
  appTitle: 'Kompasverkenner',
  tagline:
    "Who has how much say? Utrecht's Kompas voor zeggenschap next to the Peel en Maas model.",
  skipToContent: 'Skip to content',
  language: 'Language',
  languageNames: { nl: 'Nederlands', en: 'English' },
  intro: {
    heading: 'How to read this',
    scale:
      'Both models sit on one scale. On the left the municipality decides and owns everything; on the right residents do it entirely themselves.',
    utrecht:
      "At the top, the 7 forms of Utrecht's kompas. In 5 of them residents and the municipality work together; the 2 outer forms are not collaboration.",
    peel: 'Below, Peel en Maas. Ownership there is strictly split: the municipality (publiek domein) or the community (openbaar domein). Only types 2 and 3 are collaboration.',
    difference:
      'The difference: Utrecht has equal collaboration with joint ownership. That form lies exactly across the Peel en Maas ownership line and has no counterpart there.',
    select: 'Choose a form or type for an explanation, examples and sources.',
  },
  scale: {
    label: 'Scale of say',
    gemeenteEnd: 'Say with the municipality',
    residentsEnd: 'Say with residents',
    collaboration: 'collaboration',
    noCollaboration: 'no collaboration',
    line: 'Ownership line',
    lineExplained:
      'Hard ownership line of Peel en Maas: the municipality on the left, the community on the right.',
    noCounterpart:
      'No counterpart in Peel en Maas: joint ownership lies across the ownership line.',
    reconstructed: 'reconstruction',
    legendCollab: 'Collaboration form',
    legendPole: 'No collaboration (one side alone)',
    legendRecon: 'Reconstruction: no source confirms this label or order',
  },
  detail: {
    close: 'Close',
    say: 'Say',
    collaboration: 'Collaboration?',
    yes: 'Yes, residents and municipality work together',
    no: 'No, one side acts alone',
    owner: 'Owner',
    description: 'What is it?',
    examples: 'Examples',
    noExamples: 'No examples in the sources.',
    counterparts: (model: string) => `Counterpart in ${model}`,
    none: 'None',
    sources: 'Sources',
    provenance: 'Provenance',
    aspects: {
      label: 'Name',
      order: 'Place on the scale',
      collaboration: 'Collaboration or not',
      counterparts: 'Counterpart',
    },
    confirmed: 'confirmed by a source',
    reconstructed: 'reconstruction',
    reconstructionWhy: 'No source confirms this; this is how we filled it in:',
    number: (n: number) => `Number ${n}`,
  },
  board: {
    heading: 'Place initiatives on the scale',
    intro:
      "Pick a card and put it with a form: through the card's menu, with the arrow keys (Enter places, Escape cancels), by dragging, or by tapping the card and then a form.",
    lanes: 'The board',
    laneCount: (n: number) => (n === 1 ? '1 card' : `${n} cards`),
    deck: 'Deck',
    deckEmpty: 'All cards are on the board.',
    filter: 'Show',
    filters: { all: 'All', utrecht: 'Utrecht', 'peel-en-maas': 'Peel en Maas', own: 'Own' },
    own: 'own',
    picked: 'picked up: tap a form',
    moving: (form: string) => `to ${form}`,
    typeShort: (model: string, n: number) => `${model} type ${n}`,
    dropHere: 'Place here',
    cardHelp: 'Enter opens the menu. Arrows move, Shift+arrow moves finely.',
    menu: {
      label: (name: string) => `Place ${name} at…`,
      back: 'Back to the deck',
      reveal: 'Show reference',
      hide: 'Hide reference',
      edit: 'Edit',
      delete: 'Delete',
    },
    announce: {
      placed: (name: string, form: string, type: string) => `${name} → ${form} · ${type}`,
      pending: (name: string, form: string, type: string) =>
        `${name}: ${form} · ${type}. Enter to place, Escape to cancel.`,
      cancelled: (name: string) => `${name}: move cancelled`,
      removed: (name: string) => `${name} is back in the deck`,
      picked: (name: string) =>
        `${name} picked up. Choose a form on the scale, or a form in the menu.`,
      added: (name: string) => `${name} added to the deck`,
      edited: (name: string) => `${name} updated`,
      deleted: (name: string) => `${name} deleted`,
      reset: 'Board cleared',
      loaded: 'Board opened',
      undone: (what: string) => `Undone: ${what}`,
      redone: (what: string) => `Redone: ${what}`,
      nothingToUndo: 'Nothing to undo',
      nothingToRedo: 'Nothing to redo',
      revealedAll: 'All references shown',
      hiddenAll: 'References hidden',
    },
    toolbar: {
      label: 'Board',
      undo: 'Undo',
      redo: 'Redo',
      revealAll: 'Show all references',
      hideAll: 'Hide references',
      reset: 'Clear board',
      view: 'View',
      board: 'Board',
      table: 'Table',
    },
    form: {
      heading: 'Add your own initiative',
      editHeading: (name: string) => `Edit “${name}”`,
      name: 'Name',
      description: 'Description (optional)',
      add: 'Add',
      save: 'Save',
      cancel: 'Cancel',
      remaining: (n: number) => `${n} characters left`,
      errors: {
        'name-required': 'Give the initiative a name.',
        'name-too-long': 'The name is too long.',
        'description-too-long': 'The description is too long.',
      },
    },
    reveal: {
      reference: 'Reference',
      basis: { bron: 'according to a source', oordeel: 'editorial judgement' },
      same: 'Same form as the reference',
      differs: 'Differs from the reference',
      reason: 'Why',
    },
    table: {
      caption: 'All initiatives as a table',
      name: 'Initiative',
      own: 'Your form',
      type: 'Peel en Maas',
      reference: 'Reference',
      notPlaced: 'not placed',
      hidden: 'hidden',
    },
    storage: {
      unavailable:
        'This browser does not keep the board (storage is off). You can carry on; save or share your board before you close the page.',
      quota: "This browser's storage is full: your latest changes were not saved automatically.",
      setAside:
        'A board saved earlier could not be opened (damaged or from a newer version). It was set aside, not deleted.',
      setAsideFailed:
        'A board saved earlier could not be opened. So as not to overwrite it, nothing is saved automatically.',
      dismiss: 'Dismiss notice',
    },
  },
  sources: {
    heading: 'Sources',
    intro:
      'Everything in this explorer comes from these sources. What no source confirms is marked as a reconstruction.',
  },
  loadError: {
    heading: 'The content could not be loaded',
    body: 'One of the data files is invalid. Please tell the maintainer, with these details:',
  },
  footer:
    'Kompasverkenner is an independent exploration, not a publication of the municipality of Utrecht or Peel en Maas.',
};
