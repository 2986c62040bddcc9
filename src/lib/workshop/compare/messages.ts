// Strings of the compare dialog, Dutch first; English is type-checked against it (same keys, same
// function signatures). Kept here, next to the feature, so src/lib/i18n stays untouched.
import type { Lang } from '../../i18n/messages';
import type { ProblemCode } from './problems';

const nl = {
  title: 'Borden vergelijken',
  intro:
    'Haal de borden van verschillende groepen binnen en zie per initiatief hoe ver ze uit elkaar liggen. Eigen initiatieven tellen niet mee: die verschillen per bord.',
  close: 'Sluiten',
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
  problems: {
    empty: 'er staat niets in.',
    'too-large': 'te groot om te openen.',
    'not-a-board': 'dit is geen bord van de Kompasverkenner.',
    'unknown-version':
      'gemaakt met een nieuwere versie van de Kompasverkenner. Laad de pagina opnieuw en probeer het nog eens.',
    corrupt:
      'beschadigd of onvolledig. Is de link helemaal gekopieerd, of het bestand helemaal opgeslagen?',
    'invalid-board': 'het bord bevat gegevens die niet kloppen.',
    'wrong-file-type':
      'dit soort bestand kan niet. Kies een bordbestand (.json), een PNG-export of een tekstbestand met een deellink.',
    'no-board-in-image':
      'in deze afbeelding zit geen bord. Alleen PNG’s die de Kompasverkenner zelf exporteert werken.',
    'unknown-initiatives': 'geen van de geplaatste initiatieven is bekend in deze versie.',
    'nothing-placed': 'op dit bord is nog geen gedeeld initiatief geplaatst.',
  } satisfies Record<ProblemCode, string>,
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
  close: 'Close',
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
  problems: {
    empty: 'it is empty.',
    'too-large': 'too large to open.',
    'not-a-board': 'this is not a Kompasverkenner board.',
    'unknown-version':
      'made with a newer version of Kompasverkenner. Reload the page and try again.',
    corrupt: 'damaged or incomplete. Was the whole link copied, or the whole file saved?',
    'invalid-board': 'the board holds data that is not valid.',
    'wrong-file-type':
      'this kind of file cannot be used. Choose a board file (.json), a PNG export or a text file with a share link.',
    'no-board-in-image':
      'this image holds no board. Only PNGs exported by Kompasverkenner itself work.',
    'unknown-initiatives': 'none of the placed initiatives is known in this version.',
    'nothing-placed': 'no shared initiative has been placed on this board yet.',
  },
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
