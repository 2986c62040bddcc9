// How a text says where it comes from, checked for every text of the content and the route.
import { isReconstructed, isStated, LETTER, type Sourced } from '../content/provenance';
import type { ContentIssue } from '../content/issues';
import type { Framework } from '../content/schema';

/**
 * The provenance rules: known sources; a fact from the council letter carries its quote and who
 * says it (the tests check the quote against the letter); a quote comes from the letter; a shared
 * note exists; an aspect or example that is not stated says why (a note or a shared note); and
 * the same note is not repeated item by item (say it once as a framework note).
 */
export function checkProvenances(
  file: string,
  list: readonly Sourced[],
  framework: Framework | undefined,
  needSource: (file: string, path: string, ids: readonly string[]) => void,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  for (const { path, provenance: p, explained } of list) {
    needSource(file, `${path}.sources`, p.sources);
    const fromLetter = p.sources.includes(LETTER);
    if (!isReconstructed(p) && fromLetter && !p.quote)
      issues.push({
        file,
        path: `${path}.quote`,
        message: `a fact from ${LETTER} needs its quote and who says it (college or councillors)`,
      });
    if (p.quote && !fromLetter)
      issues.push({
        file,
        path: `${path}.sources`,
        message: `a quote needs "${LETTER}" as a source`,
      });
    if (p.see !== undefined && !framework?.notes.some((n) => n.id === p.see))
      issues.push({
        file,
        path: `${path}.see`,
        message: `unknown note "${p.see}" (expected an id in the framework's notes)`,
      });
    if (explained && !isStated(p) && !p.note && !p.see)
      issues.push({
        file,
        path: `${path}.note`,
        message: `a fact marked "${p.status}" needs a note (or "see": a shared note) saying why`,
      });
    if (p.note) {
      const earlier = seen.get(p.note.nl);
      if (earlier)
        issues.push({
          file,
          path: `${path}.note`,
          message: `the same note as ${earlier}: make it one framework note and use "see"`,
        });
      else seen.set(p.note.nl, path);
    }
  }
  return issues;
}
