// What went wrong with one input (a pasted link, a chosen file, the current board), named so a
// person can find it again, and put into words in the current language. Pure.
import type { CodecErrorCode } from '../../codec/errors';
import type { Messages } from '../../i18n/messages';
import { fragmentOf } from './inputs';
import type { CompareMessages } from './messages';

/** Where a board came from: the current board, the n-th pasted link (1-based), or a file. */
export type Source =
  { kind: 'current' } | { kind: 'link'; n: number; text: string } | { kind: 'file'; name: string };

/** Every codec error, plus a board that decodes but places none of the shared initiatives. */
export type ProblemCode = CodecErrorCode | 'nothing-placed';

export type Problem =
  | { source: Source; code: ProblemCode }
  /** Not an error: the board was added, but placements of unknown initiatives were left out. */
  | { source: Source; dropped: number };

const EXCERPT = 24;

/** The start of a pasted line (from its '#'), so "Link 2" can be told from the others. */
export const excerpt = (text: string) =>
  text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text;

function sourceText(source: Source, m: CompareMessages): string {
  if (source.kind === 'current') return m.source.current;
  if (source.kind === 'link') return m.source.link(source.n, excerpt(fragmentOf(source.text)));
  return m.source.file(source.name);
}

/**
 * "Link 2 (#b=1.xyz…): het is beschadigd of onvolledig." A codec error in the words the app uses
 * when it opens a board (`errors`: the catalogue's workshop.errors).
 */
export function problemText(
  problem: Problem,
  m: CompareMessages,
  errors: Messages['workshop']['errors'],
): string {
  const what = !('code' in problem)
    ? m.dropped(problem.dropped)
    : problem.code === 'nothing-placed'
      ? m.nothingPlaced
      : errors[problem.code];
  return `${sourceText(problem.source, m)}: ${what}`;
}

export const isError = (problem: Problem) => 'code' in problem;
