// Fetches the content file and validates it. Never throws: a failed fetch or an invalid file
// becomes a ContentResult the page shows as a translated error.
import { loadRawContent } from 'virtual:content';
import { toRawContent, type RawData } from './raw';
import { validateContent, type ContentResult } from './validate';
import { pause } from '../pause';

export async function loadContent(): Promise<ContentResult> {
  let data: RawData;
  try {
    data = (await loadRawContent()) as RawData;
  } catch (error) {
    const message = `could not be loaded (${(error as Error).message})`;
    return { ok: false, issues: [{ file: 'content', path: '(file)', message }] };
  }
  await pause();
  if (typeof data !== 'object' || data === null) {
    return {
      ok: false,
      issues: [{ file: 'content', path: '(root)', message: 'expected an object' }],
    };
  }
  return validateContent(toRawContent(data));
}
