// English, the core (see nl.ts), type-checked against Dutch. A missing key falls back to Dutch at
// run time; a unit test keeps this file complete. The rest is in en-later.ts.
import type { CoreMessages, DeepPartial } from './messages';

export const en: DeepPartial<CoreMessages> = {
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
    open: 'Where does my initiative fit?',
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
  board: {
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
    dropHint: 'Drop the file to open it',
  },
  embed: {
    sources: (n: number) => `Sources (${n})`,
    openApp: 'Place initiatives yourself? Open the Kompasverkenner',
    newTab: '(opens in a new tab)',
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
