// CSV exports for spreadsheets. Columns, separators and the formula guard are in docs/formats.md.
// Positions are written on the 0–100 scale people read in the app, with the locale's decimal mark.
import type { Lang } from '../i18n/messages';

/** One placed (or listed) initiative; the caller fills in translated labels. */
export interface CsvRow {
  name: string;
  /** 0..1, or null when not placed. */
  position: number | null;
  form: string;
  /** "Peel en Maas: Type 3 · …", or the whole no-counterpart sentence across the line. */
  type: string;
  referenceForm: string;
  basis: string;
  source: string;
}

export const CSV_HEADERS: Record<Lang, readonly string[]> = {
  nl: [
    'Naam',
    'Eigen positie (0–100)',
    'Utrechtse vorm',
    'Peel en Maas-type',
    'Referentievorm',
    'Basis',
    'Bron',
  ],
  en: [
    'Name',
    'Own position (0–100)',
    'Utrecht form',
    'Peel en Maas type',
    'Reference form',
    'Basis',
    'Source',
  ],
};

export const COMPARE_CSV_HEADERS: Record<Lang, readonly string[]> = {
  nl: ['Initiatief', 'Aantal borden', 'Mediaan', 'Minimum', 'Maximum', 'Spreiding'],
  en: ['Initiative', 'Boards', 'Median', 'Minimum', 'Maximum', 'Spread'],
};

/**
 * Dutch spreadsheets read ',' as the decimal mark, so the field separator must be ';'. English
 * ones use '.' and ','. Either way the file opens with columns intact by double-click.
 */
const LOCALE: Record<Lang, { separator: string; decimal: string }> = {
  nl: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

/**
 * Where a field can start under any reading of the file: the start of a cell, or right after one
 * of the separators any spreadsheet might guess (',', ';', tab), a quote or a line break inside it.
 * A file written with ';' and opened with ',' splits `x,=1+1,` into `x`, `=1+1` and ``.
 */
const FIELD_START = String.raw`(?<=^|[,;\t"\r\n])`;
/**
 * What a spreadsheet would run as a formula there (OWASP "CSV injection"): = + - @, the
 * full-width forms some spreadsheets also accept, or a tab/CR/LF; also after spaces (U+3000
 * included), which some spreadsheets skip before looking for '='. Tab, CR and LF are not skipped
 * as spaces: they are field starts themselves, so each is guarded in turn.
 */
const FORMULA = new RegExp(
  `${FIELD_START}(?=[^\\S\\t\\r\\n]*[=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20\\t\\r\\n])`,
  'g',
);

/**
 * An apostrophe before every field start that a formula would follow: spreadsheets show the
 * text as is, and it is visible if not. No other character changes.
 */
export const guardFormula = (text: string): string => text.replace(FORMULA, "'");

/** 0..1 → "93,5" / "93.5"; empty for null. At most two decimals (medians can fall between). */
export function formatScore(position: number | null, lang: Lang): string {
  if (position === null || !Number.isFinite(position)) return '';
  return String(Math.round(position * 10000) / 100).replace('.', LOCALE[lang].decimal);
}

/** RFC 4180: quote a cell holding the separator, a quote or a line break; double inner quotes. */
function cell(value: string, separator: string): string {
  const text = guardFormula(value);
  return text.includes(separator) || /["\r\n]/.test(text)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/** The whole document: BOM so Excel reads UTF-8, header row, CRLF line ends (RFC 4180). */
function csvDocument(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  lang: Lang,
): string {
  const { separator } = LOCALE[lang];
  const line = (cells: readonly string[]) => cells.map((c) => cell(c, separator)).join(separator);
  return `\uFEFF${[header, ...rows].map(line).join('\r\n')}\r\n`;
}

export function encodeCsv(rows: readonly CsvRow[], lang: Lang): string {
  return csvDocument(
    CSV_HEADERS[lang],
    rows.map((r) => [
      r.name,
      formatScore(r.position, lang),
      r.form,
      r.type,
      r.referenceForm,
      r.basis,
      r.source,
    ]),
    lang,
  );
}

/** One initiative's row of the compare table (the statistics of workshop/compare/stats.ts). */
export interface CompareCsvRow {
  id: string;
  count: number;
  median: number | null;
  min: number | null;
  max: number | null;
  spread: number | null;
}

/** The compare table; `nameOf` turns an initiative id into its translated name. */
export function encodeCompareCsv(
  stats: readonly CompareCsvRow[],
  lang: Lang,
  nameOf: (id: string) => string,
): string {
  const score = (x: number | null) => formatScore(x, lang);
  return csvDocument(
    COMPARE_CSV_HEADERS[lang],
    stats.map((s) => [
      nameOf(s.id),
      String(s.count),
      score(s.median),
      score(s.min),
      score(s.max),
      score(s.spread),
    ]),
    lang,
  );
}
