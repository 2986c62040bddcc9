// Validates raw JSON from data/ into the frozen content model, or lists every issue found.
import { dotPath, parse, type Check } from '../util/check';
import { FrameworkSchema, InitiativesFileSchema, SourcesFileSchema } from '../content/schema';
import { checkContent } from './rules';
import { deepFreeze, type ContentIssue, type ContentResult } from '../content/issues';
import type { Content, RawContent, RawFile } from '../content/model';

export type { ContentIssue, ContentResult };
export { formatIssue } from '../content/issues';
export type { Content, RawContent, RawFile };

function describe(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

export function parseFile<T>(
  check: Check<T>,
  { file, data }: RawFile,
): { ok: true; value: T } | { ok: false; issues: ContentIssue[] } {
  const result = parse(check, data);
  if (result.ok) return result;
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      file,
      path: dotPath(issue) || '(root)',
      message: `${issue.message}, got ${describe(issue.input)}`,
    })),
  };
}

export function validateContent(raw: RawContent): ContentResult {
  const a = parseFile(FrameworkSchema, raw.frameworks[0]);
  const b = parseFile(FrameworkSchema, raw.frameworks[1]);
  const s = parseFile(SourcesFileSchema, raw.sources);
  const i = parseFile(InitiativesFileSchema, raw.initiatives);
  if (!a.ok || !b.ok || !s.ok || !i.ok) {
    return { ok: false, issues: [a, b, s, i].flatMap((r) => (r.ok ? [] : r.issues)) };
  }
  const issues = checkContent(
    [
      { file: raw.frameworks[0].file, framework: a.value },
      { file: raw.frameworks[1].file, framework: b.value },
    ],
    { file: raw.sources.file, sources: s.value.sources },
    { file: raw.initiatives.file, initiatives: i.value.initiatives },
  );
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    content: deepFreeze({
      frameworks: [a.value, b.value] as const,
      sources: s.value.sources,
      initiatives: i.value.initiatives,
    }),
  };
}
