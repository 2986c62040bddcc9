// Fetches the content the build validated (scripts/content-asset-plugin.ts) and freezes it. Never
// throws: a failed fetch or a file that is not the built content becomes a ContentResult the page
// shows as a translated error. No schema check here: the build refuses invalid content.
import { loadBuiltContent } from 'virtual:content';
import { deepFreeze, type ContentResult } from './issues';
import type { Content } from './model';

const isContent = (data: unknown): data is Content =>
  typeof data === 'object' &&
  data !== null &&
  Array.isArray((data as Content).frameworks) &&
  (data as Content).frameworks.length === 2 &&
  Array.isArray((data as Content).sources) &&
  Array.isArray((data as Content).initiatives);

export async function loadContent(): Promise<ContentResult> {
  let data: unknown;
  try {
    data = await loadBuiltContent();
  } catch (error) {
    const message = `could not be loaded (${(error as Error).message})`;
    return { ok: false, issues: [{ file: 'content', path: '(file)', message }] };
  }
  if (!isContent(data)) {
    return {
      ok: false,
      issues: [{ file: 'content', path: '(root)', message: 'expected the built content' }],
    };
  }
  return { ok: true, content: deepFreeze(data) };
}
