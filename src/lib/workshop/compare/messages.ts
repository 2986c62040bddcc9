// Strings of the compare dialog, Dutch first; English is type-checked against it (same keys, same
// function signatures). Kept here, next to the feature, so src/lib/i18n stays untouched.
import type { Lang } from '../../i18n/messages';

const nl = {
  title: 'Borden vergelijken',
  intro:
    'Haal de borden van verschillende groepen binnen en zie per initiatief hoe ver ze uit elkaar liggen. Eigen initiatieven tellen niet mee: die verschillen per bord.',
  addCurrent: 'Mijn huidige bord toevoegen',
  currentName: 'Mijn bord',
  linksLabel: 'Deellinks, één per regel',
  addLinks: 'Toevoegen',
  filesLabel: 'Bestanden: bordbestanden (.json) of PNG-exports',
  boardsHeading: 'Geladen borden',
  noBoards: 'Nog geen borden geladen.',
  defaultName: (no: number) => `Bord ${no}`,
  nameLabel: (no: number) => `Naam van bord ${no}`,
  remove: 'Verwijderen',
  added: (n: number) => (n === 1 ? '1 bord toegevoegd.' : `${n} borden toegevoegd.`),
  source: {
    current: 'Je huidige bord',
    link: (n: number, start: string) => (start ? `Link ${n} (${start})` : `Link ${n}`),
    file: (name: string) => `Bestand “${name}”`,
  },
  // The codec's errors are said as when the app opens a board (i18n: workshop.errors).
  nothingPlaced: 'op dit bord is nog geen gedeeld initiatief geplaatst.',
  dropped: (n: number) =>
    n === 1
      ? '1 onbekend initiatief is weggelaten.'
      : `${n} onbekende initiatieven zijn weggelaten.`,
  nothingYet: 'Voeg minstens één bord toe om te vergelijken.',
  /** A position: its Utrecht form and score, then its Peel en Maas type or "geen tegenhanger". */
  at: (form: string, score: string, type: string) => `${form} (${score}) · ${type}`,
  plot: {
    title: 'Spreiding per initiatief',
    description:
      'Meeste onenigheid bovenaan. Elke genummerde stip is een bord, de dikke streep is de mediaan. De tabel hieronder geeft dezelfde gegevens als tekst.',
    legend: 'Borden',
    dot: (board: string, at: string) => `${board}: ${at}`,
    median: (at: string) => `Mediaan: ${at}`,
  },
  table: {
    caption:
      'Vergelijking per initiatief, meeste onenigheid eerst. Posities op de schaal 0–100: 0 = alleen de gemeente, 100 = alleen inwoners.',
    initiative: 'Initiatief',
    count: 'Aantal borden',
    median: 'Mediaan',
    min: 'Minimum',
    max: 'Maximum',
    spread: 'Spreiding',
    perBoard: 'Per bord',
  },
  exportCsv: 'Exporteer als CSV',
};

export type CompareMessages = typeof nl;

const en: CompareMessages = {
  title: 'Compare boards',
  intro:
    'Bring in the boards of different groups and see, per initiative, how far apart they are. Own initiatives are left out: they differ per board.',
  addCurrent: 'Add my current board',
  currentName: 'My board',
  linksLabel: 'Share links, one per line',
  addLinks: 'Add',
  filesLabel: 'Files: board files (.json) or PNG exports',
  boardsHeading: 'Loaded boards',
  noBoards: 'No boards loaded yet.',
  defaultName: (no) => `Board ${no}`,
  nameLabel: (no) => `Name of board ${no}`,
  remove: 'Remove',
  added: (n) => (n === 1 ? '1 board added.' : `${n} boards added.`),
  source: {
    current: 'Your current board',
    link: (n, start) => (start ? `Link ${n} (${start})` : `Link ${n}`),
    file: (name) => `File “${name}”`,
  },
  nothingPlaced: 'no shared initiative has been placed on this board yet.',
  dropped: (n) =>
    n === 1 ? '1 unknown initiative was left out.' : `${n} unknown initiatives were left out.`,
  nothingYet: 'Add at least one board to compare.',
  at: (form, score, type) => `${form} (${score}) · ${type}`,
  plot: {
    title: 'Spread per initiative',
    description:
      'Most disagreement at the top. Each numbered dot is a board, the thick bar is the median. The table below gives the same data as text.',
    legend: 'Boards',
    dot: (board, at) => `${board}: ${at}`,
    median: (at) => `Median: ${at}`,
  },
  table: {
    caption:
      'Comparison per initiative, most disagreement first. Positions on the 0–100 scale: 0 = the municipality alone, 100 = residents alone.',
    initiative: 'Initiative',
    count: 'Boards',
    median: 'Median',
    min: 'Minimum',
    max: 'Maximum',
    spread: 'Spread',
    perBoard: 'Per board',
  },
  exportCsv: 'Export as CSV',
};

export const compareMessages: Record<Lang, CompareMessages> = { nl, en };
