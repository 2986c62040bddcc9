// Build-time rendering (scripts/prerender-plugin.ts): the page as HTML that hydrates, and both
// models as plain text for readers without JavaScript. The sources list is rendered as a root of
// its own inside the page's empty container for it, as main.ts hydrates it on its own.
import { render } from 'svelte/server';
import App from '../App.svelte';
import { rawContent } from '../lib/content/files';
import { validateContent } from '../lib/content/validate';
import SourcesIsland from '../lib/explorer/SourcesIsland.svelte';
import { I18n } from '../lib/i18n/i18n.svelte';
import type { Lang } from '../lib/i18n/messages';
import ReadOnlyModels from '../lib/static/ReadOnlyModels.svelte';

const ISLAND = /<div class="sources-island[^"]*"><\/div>/;

export function prerender(lang: Lang): { app: string; models: string } {
  const result = validateContent(rawContent);
  if (!result.ok) throw new Error('content does not validate: cannot prerender');
  const page = render(App, { props: { result, lang, sourcesIsland: true } }).body;
  const app = { content: result.content, i18n: new I18n(lang) };
  const sources = render(SourcesIsland, { props: { app } }).body;
  const [container] = page.match(ISLAND) ?? [];
  if (!container) throw new Error('the page has no container for the sources');
  const at = page.indexOf(container) + container.length - '</div>'.length;
  return {
    app: page.slice(0, at) + sources + page.slice(at),
    models: render(ReadOnlyModels, { props: { content: result.content, lang } }).body,
  };
}
