// What the page shows when the content cannot be used: issues named by file and path. Small on
// purpose: the page imports it at start, the validator (build, tests) fills it.
import type { Content } from './model';

export interface ContentIssue {
  file: string;
  path: string;
  message: string;
}

export type ContentResult = { ok: true; content: Content } | { ok: false; issues: ContentIssue[] };

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file} › ${issue.path}: ${issue.message}`;
}

/** Freezes the content in place: Svelte then never wraps it in reactive proxies. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
