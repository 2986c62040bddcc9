// Turning what people bring (pasted text, file names) into decoder input and board names. Pure.

/** Non-empty lines of a paste, numbered from 1 as a person counts them (blank lines skipped). */
export function pastedLinks(text: string): { n: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, i) => ({ n: i + 1, text: line }));
}

/**
 * The part a share-link decoder reads: from the '#' on, so a full URL works as well as a bare
 * fragment. Text without '#' is passed on whole, for the decoder to judge (`b=1.…` still works).
 */
export function fragmentOf(line: string): string {
  const hash = line.indexOf('#');
  return hash < 0 ? line : line.slice(hash);
}

/** A file's name without its folder or extension, for a board's default name. */
export function fileBoardName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim();
}
