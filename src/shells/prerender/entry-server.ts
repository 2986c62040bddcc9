// Build-time rendering (scripts/prerender-plugin.ts): the page as HTML that hydrates, and both
// models as plain text for readers without JavaScript. The page's islands (src/app/islands.ts)
// are rendered as roots of their own inside their empty containers, as main.ts hydrates them.
import { render } from 'svelte/server';
import App from '../../app/App.svelte';
import { rawContent } from '../../lib/content/files';
import { validateContent } from '../../lib/validation/validate';
import type { Lang } from '../../lib/i18n/messages';
import { ISLANDS } from '../../app/islands';
import ReadOnlyModels from './ReadOnlyModels.svelte';
import { provideDutchLaterText } from '../../lib/i18n/i18n.svelte';
import { nlLater } from '../../lib/i18n/nl-later';

export function prerender(lang: Lang): { app: string; models: string } {
  const result = validateContent(rawContent);
  if (!result.ok) throw new Error('content does not validate: cannot prerender');
  const contexts = new Map<string, Map<unknown, unknown>>();
  const island = (name: string, context: Map<unknown, unknown>) => void contexts.set(name, context);
  let app = render(App, { props: { result, lang, island } }).body;
  for (const [name, context] of contexts) {
    const container = `<div class="island" data-island="${name}">`;
    const at = app.indexOf(container);
    if (at < 0) throw new Error(`the page has no container for the island "${name}"`);
    const body = render(ISLANDS[name]!, { context }).body;
    app = app.slice(0, at + container.length) + body + app.slice(at + container.length);
  }
  // The page renders with the core messages only, as it first does in the browser (the rest
  // loads later): a first screen that needs more fails here, at build time. The plain copy of
  // the models, never hydrated, shows the detail panel's text (Dutch, as it is rendered).
  provideDutchLaterText(nlLater);
  return {
    app,
    models: render(ReadOnlyModels, { props: { content: result.content, lang } }).body,
  };
}
