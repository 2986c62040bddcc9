// English, type-checked against Dutch (nl.ts). A missing key falls back to Dutch at run time;
// a unit test keeps this file complete.
import type { PartialMessages } from './messages';

export const en: PartialMessages = {
  appTitle: 'Kompasverkenner',
  tagline:
    "Who has how much say? Utrecht's Kompas voor zeggenschap next to the Peel en Maas model.",
  skipToContent: 'Skip to content',
  sharedStorage:
    'This explorer is view-only: another Kompasverkenner on this page already saves its board in this browser. Give each element its own id attribute to edit both.',
  language: 'Language',
  languageNames: { nl: 'Nederlands', en: 'English' },
  intro: {
    heading: 'How to read this',
    scale: {
      wide: 'Both models sit on one scale. On the left the municipality decides and owns everything; on the right residents do it entirely themselves.',
      narrow:
        'Both models sit on one scale. At the bottom the municipality decides and owns everything; at the top residents do it entirely themselves.',
    },
    utrecht: {
      wide: "At the top, the 7 forms of Utrecht's kompas. In 5 of them residents and the municipality work together; the 2 outer forms are not collaboration.",
      narrow:
        "On the left, the 7 forms of Utrecht's kompas. In 5 of them residents and the municipality work together; the 2 outer forms are not collaboration.",
    },
    peel: {
      wide: 'Below, Peel en Maas. Ownership there is strictly split: the municipality (publiek domein) or the community (openbaar domein). Only types 2 and 3 are collaboration.',
      narrow:
        'On the right, Peel en Maas. Ownership there is strictly split: the municipality (publiek domein) or the community (openbaar domein). Only types 2 and 3 are collaboration.',
    },
    difference:
      'The difference: Utrecht has equal collaboration with joint ownership. That form lies exactly across the Peel en Maas ownership line and has no counterpart there.',
    cards: {
      wide: 'A card you place lands between the two models: under its Utrecht form and above its Peel en Maas type.',
      narrow: 'A card you place lands under its Utrecht form, beside its Peel en Maas type.',
    },
    select: 'Choose a form or type for an explanation, examples and sources.',
    route: 'Do you have an initiative of your own? Answer a few questions and see where it fits:',
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
    legendCollab: 'Collaboration form',
    legendPole: 'No collaboration (one side alone)',
    legendAcross: 'Lies across the ownership line: no counterpart in Peel en Maas',
    legendStatus:
      'The label on a band says how sure its name is: source (stated by a source), inferred (follows from a source) or reconstruction (our own filling-in, no source says this)',
  },
  route: {
    byOwner: (type: string) =>
      `In Peel en Maas the owner counts: there it belongs to ${type}. On the one scale the card sits at the type above.`,
    waitingShort: 'Not yet: answer the first two questions',
    open: 'Where does my initiative fit?',
    openFor: 'Where does this fit? (questions)',
    heading: 'Where does my initiative fit?',
    headingFor: (name: string) => `Where does ${name} fit?`,
    name: 'Name of your initiative',
    skip: 'Skip this question',
    result: 'This is where it fits',
    waiting: 'Answer the first two questions to see where your initiative fits.',
    meaning: 'What does this mean for you?',
    examples: 'Similar to',
    place: 'Put it on the board',
    placeCard: 'Put it here on the board',
    broken: 'The questions could not be loaded. Place your initiative on the scale yourself.',
  },
  sourcing: {
    status: { stated: 'source', inferred: 'inferred', reconstructed: 'reconstruction' },
    statusLong: {
      stated: 'Stated by a source',
      inferred: 'Inferred from a source',
      reconstructed: 'Reconstruction: our own filling-in, no source says this',
    },
    by: {
      college: 'the municipal executive (college van B&W)',
      councillors: 'the councillors of EenUtrecht, Volt and CDA',
    },
    answer: (n: number) => `answer ${n}`,
    questions: 'in their questions',
    letter: 'council letter 2025-36',
    summary: (n: number) => `Of ${n} statements:`,
    counts: {
      stated: (n: number) => `${n} from a source`,
      inferred: (n: number) => `${n} inferred`,
      reconstructed: (n: number) => `${n} reconstruction (our own filling-in)`,
    },
    about: (model: string) => `What the sources say about ${model}`,
    proposalTag: 'proposal',
    nameIs: 'name:',
    kind: {
      running: 'initiative',
      kind: 'kind of initiative',
      proposal: 'proposal, not running yet',
    },
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
      counterparts: 'Counterpart',
    },
    number: (n: number) => `Number ${n}`,
  },
  board: {
    intro:
      "Pick a card and put it with a form: through the card's menu, with the arrow keys (Enter places, Escape cancels), by dragging, or by tapping the card and then a form.",
    laneCount: (n: number) => (n === 1 ? '1 card' : `${n} cards`),
    deck: 'Deck',
    deckEmpty: 'All cards are on the board.',
    filter: 'Show',
    filters: { all: 'All', utrecht: 'Utrecht', 'peel-en-maas': 'Peel en Maas', own: 'Own' },
    own: 'own',
    picked: 'picked up: tap a form',
    moving: (form: string) => `to ${form}`,
    typeNamed: (model: string, type: string) => `${model}: ${type}`,
    noType: (model: string) => `No counterpart in ${model}: on the ownership line`,
    noTypeShort: (model: string) => `No counterpart in ${model}`,
    dropHere: 'Place here',
    toast: 'Last change',
    pileShow: 'Show deck',
    pileHide: 'Hide deck',
    pickedNote: (name: string) => `${name} picked up: tap a form on the scale`,
    placedAt: (form: string, n: number) =>
      n === 1 ? `1 card at ${form}` : `${n} cards at ${form}`,
    placeHere: (form: string) => `Place here: ${form}`,
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
      otherTab: (n: number) =>
        n === 1
          ? 'Another tab or window changed this board: 1 change taken over'
          : `Another tab or window changed this board: ${n} changes taken over`,
      resetCount: (n: number) =>
        n === 1
          ? 'Board cleared: 1 card back on the deck'
          : `Board cleared: ${n} cards back on the deck`,
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
      revealAll: 'Show references',
      reset: 'Clear board',
      table: 'Table view',
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
        'name-invisible':
          'The name consists only of invisible characters. Give the initiative a name people can read.',
        'name-bidi':
          'The name contained invisible characters that reverse the reading direction. They have been removed: check the name and try again.',
        'name-too-long': 'The name is too long.',
        'description-too-long': 'The description is too long.',
      },
    },
    reveal: {
      reference: 'Reference',
      same: 'Same form as the reference',
      differs: 'Differs from the reference',
      reason: 'Why',
    },
    info: {
      open: 'About this initiative',
      kind: 'Kind',
      noDescription: 'no description',
      own: "This group's own initiative: it is not in the sources and has no reference.",
      place: 'Place',
      board: 'On the board',
      notPlaced: 'not placed yet',
      hidden: 'still hidden',
      sources: 'Sources',
      newTab: '(opens in a new tab)',
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
  workshop: {
    share: 'Share',
    save: 'Save as file',
    open: 'Open file…',
    csv: 'CSV (spreadsheet)',
    present: 'Present',
    stopPresent: 'Stop presenting',
    shortcuts: 'Shortcuts',
    close: 'Close',
    embed: 'Embed…',
    compare: 'Compare…',
    shareLink: 'Share link and QR code…',
    file: 'File',
    more: 'More',
    shareDialog: {
      heading: 'Share board',
      intro:
        'The link holds the whole board. It does not pass through a server: whoever has the link sees the board.',
      viewOnly: 'View only (the recipient cannot change anything)',
      link: 'Share link',
      copy: 'Copy link',
      copied: 'Link copied',
      copyFailed: 'Copying failed: select the link and copy it yourself.',
      qr: 'QR code of the share link',
      qrPng: 'Download QR as PNG',
      qrSvg: 'Download QR as SVG',
      tooLong: 'This board is too large for a link. Save it as a file and share that.',
    },
    conflict: {
      heading: 'Open another board?',
      body: (source: string) =>
        `You are opening ${source}, but this browser already holds other work. What would you like to do?`,
      fromLink: 'a shared board',
      fromFile: (name: string) => `the file “${name}”`,
      replace: 'Open the new board (mine can come back with Undo)',
      replaceView:
        'View the shared board (mine comes back with Close view; it is not saved anywhere else)',
      keep: 'Keep my board',
      copy: 'Open it as a copy (mine stays saved separately)',
    },
    viewing: 'You are viewing a shared board. You cannot change anything.',
    editCopy: 'Edit a copy',
    closeView: 'Close view',
    viewClosed: 'View closed: your own board is back',
    copyNote: 'You are working in a copy. Your own board stays saved separately in this browser.',
    opened: (source: string) => `Opened: ${source}`,
    saved: (name: string) => `Saved as ${name}`,
    exported: (name: string) => `Exported as ${name}`,
    dropped: (n: number) =>
      `${n} placement(s) skipped: this version does not know those initiatives.`,
    dropHint: 'Drop the file to open it',
    openError: (source: string, reason: string) =>
      `${source} could not be opened: ${reason} Your board has not changed.`,
    linkSource: 'The link',
    codecMissing: 'the part that opens it could not be loaded. Reload the page and try again.',
    linkCut: 'it is cut off or damaged, so it holds no complete board. Copy the whole link again.',
    unnamed: (n: number) => `Unnamed initiative ${n}`,
    renamed: (n: number) =>
      n === 1
        ? '1 name consisted only of invisible characters and is now “Unnamed initiative”.'
        : `${n} names consisted only of invisible characters and are now “Unnamed initiative”.`,
    errors: {
      empty: 'it is empty.',
      'too-large': 'it is too large.',
      'not-a-board': 'it is not a Kompasverkenner board.',
      'unknown-version': 'it comes from a newer version of Kompasverkenner.',
      corrupt: 'it is damaged or incomplete.',
      'invalid-board': 'its content breaks the rules (for example names that are too long).',
      'wrong-file-type':
        'Kompasverkenner cannot open this kind of file (it opens its own .json or .png).',
      'no-board-in-image': 'this image holds no board.',
      'unknown-initiatives': 'none of its initiatives is known to this version.',
    },
    help: {
      heading: 'Keyboard shortcuts',
      keys: [
        ['?', 'Show or hide this help'],
        ['Ctrl/Cmd + Z', 'Undo'],
        ['Shift + Ctrl/Cmd + Z, Ctrl + Y', 'Redo'],
        ['R', 'Show or hide all references'],
        ['P', 'Presentation on or off'],
        ['← → ↑ ↓', 'Move the chosen card one form'],
        ['Shift + arrow', 'Move the chosen card finely'],
        ['Enter', "Open the card's menu, or confirm a move"],
        ['Escape', 'Cancel or close'],
      ],
    },
  },
  embed: {
    sources: (n: number) => `Sources (${n})`,
    openApp: 'Place initiatives yourself? Open the Kompasverkenner',
    openBoard: 'Open this board in the Kompasverkenner',
    newTab: '(opens in a new tab)',
    noCards: 'There are no cards on this board.',
    dialog: {
      heading: 'Embed on another website',
      intro:
        'Choose what the page shows and paste the code into the page. The small script makes the iframe adjust its own height.',
      variant: 'What does the page show?',
      variants: { explain: 'Explainer', view: 'Board', edit: 'Workshop' },
      about: {
        explain:
          'Both models on one scale and how they differ, compact. No board; the sources behind one button.',
        view: 'This board, view only: the cards on the scale, with reference placements and a table.',
        edit: 'The whole board to place cards yourself, for instance in a workshop.',
      },
      emptyBoard: 'This board is still empty: place cards first to show it.',
      withBoard: 'Include this board',
      present: 'As a presentation (large type)',
      title: 'Title for screen readers',
      defaultTitle: 'Kompasverkenner: who has how much say?',
      preview: 'Preview',
      previewTitle: (variant: string) => `Preview of the embed: ${variant}`,
      iframe: 'Code for an iframe (recommended)',
      wc: 'Code for the web component',
      copyIframe: 'Copy iframe code',
      copyWc: 'Copy web component code',
      copied: 'Code copied',
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
