// Strings of the board exports (buttons, announcements, the SVG's own labels). Dutch is the
// source of truth; English is type-checked against it. Kept apart from src/lib/i18n so the
// export can grow without touching the shared catalogue.
export const nl = {
  group: 'Exporteren',
  svg: "SVG (voor dia's)",
  png: 'PNG (afbeelding, opent weer als bord)',
  print: 'Afdrukken (A3)',
  title: 'Kompasverkenner – het bord',
  saved: (file: string) => `Bord opgeslagen als ${file}`,
  failed: 'Exporteren is niet gelukt. Probeer het nog eens of druk het bord af.',
  desc: (placed: number, main: string, other: string) =>
    `${placed === 1 ? '1 initiatief' : `${placed} initiatieven`} geplaatst op één schaal van zeggenschap, met ${main} en ${other}.`,
  empty: 'Nog geen kaarten op het bord.',
  legendLine: 'Harde eigendomsgrens (Peel en Maas)',
  legendOwn: 'Eigen initiatief',
  legendReference: 'Referentieplaatsing (als getoond)',
  sources: 'Bronnen',
};

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

export type ExportMessages = Widen<typeof nl>;

export const en: ExportMessages = {
  group: 'Export',
  svg: 'SVG (for slides)',
  png: 'PNG (image, opens again as a board)',
  print: 'Print (A3)',
  title: 'Kompasverkenner – the board',
  saved: (file) => `Board saved as ${file}`,
  failed: 'The export did not work. Try again, or print the board.',
  desc: (placed, main, other) =>
    `${placed === 1 ? '1 initiative' : `${placed} initiatives`} placed on one scale of say, with ${main} and ${other}.`,
  empty: 'No cards on the board yet.',
  legendLine: 'Hard ownership line (Peel en Maas)',
  legendOwn: 'Own initiative',
  legendReference: 'Reference placement (when shown)',
  sources: 'Sources',
};

export const exportMessages = { nl, en } as const;
