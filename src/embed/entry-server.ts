// Build-time rendering (scripts/prerender-plugin.ts): the page as HTML that hydrates, and both
// models as plain text for readers without JavaScript.
import { render } from 'svelte/server';
import App from '../App.svelte';
import { rawContent } from '../lib/content/files';
import { validateContent } from '../lib/content/validate';
import type { Lang } from '../lib/i18n/messages';
import ReadOnlyModels from '../lib/static/ReadOnlyModels.svelte';

export function prerender(lang: Lang): { app: string; models: string } {
  const result = validateContent(rawContent);
  if (!result.ok) throw new Error('content does not validate: cannot prerender');
  const app = render(App, { props: { result, lang } }).body;
  const models = render(ReadOnlyModels, { props: { content: result.content, lang } }).body;
  return { app, models };
}
