// Vite plugin: the content in data/ ships already validated (the build fails on invalid content, see
// validate-content-plugin.ts), so the browser only parses it. Two ways in:
// - `virtual:content` (the page) exports `loadBuiltContent()`: in a build it fetches one JSON file
//   next to the scripts (content-<hash>.json, preloaded from index.html so the request starts with
//   the page, not after the script); in the dev server it imports the data below.
// - `virtual:content-data` (the web component, the dev server) is the same content as a module.
// Content is data, not code: for the page it stays out of the JavaScript, and a content edit
// changes one cached file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { toRawContent, type RawData } from '../src/lib/content/raw';
import { formatIssue, validateContent } from '../src/lib/validation/validate';

const ID = 'virtual:content';
const DATA_ID = 'virtual:content-data';
export const CONTENT_FILES = {
  utrecht: 'data/frameworks/utrecht.json',
  peelEnMaas: 'data/frameworks/peel-en-maas.json',
  sources: 'data/sources.json',
  initiatives: 'data/initiatives.json',
} as const;

/** The validated content model as JSON; throws with every issue when data/ is invalid. */
function validatedJson(): string {
  const raw = Object.fromEntries(
    Object.entries(CONTENT_FILES).map(([key, file]) => [
      key,
      JSON.parse(readFileSync(file, 'utf8')),
    ]),
  ) as unknown as RawData;
  const result = validateContent(toRawContent(raw));
  if (!result.ok)
    throw new Error(`Invalid content in data/:\n${result.issues.map(formatIssue).join('\n')}`);
  return JSON.stringify(result.content);
}

export function contentAssetPlugin(): Plugin {
  let building = false;
  let base = '/';
  let fileName = '';
  let source = '';
  return {
    name: 'kompas:content-asset',
    configResolved(config) {
      building = config.command === 'build' && !config.build.ssr && !config.build.lib;
      base = config.base;
    },
    buildStart() {
      Object.values(CONTENT_FILES).forEach((f) => this.addWatchFile(f));
      if (!building) return;
      source = validatedJson();
      fileName = `assets/content-${createHash('sha256').update(source).digest('hex').slice(0, 10)}.json`;
    },
    resolveId: (id) => (id === ID || id === DATA_ID ? '\0' + id : undefined),
    load(id) {
      if (id === '\0' + DATA_ID) {
        Object.values(CONTENT_FILES).forEach((f) => this.addWatchFile(f));
        return `export default JSON.parse(${JSON.stringify(validatedJson())});`;
      }
      if (id !== '\0' + ID) return undefined;
      if (!building) {
        return `export const loadBuiltContent = () => import(${JSON.stringify(DATA_ID)}).then((m) => m.default);`;
      }
      const name = fileName.slice('assets/'.length);
      return `export async function loadBuiltContent() {
  const response = await fetch(new URL(/* @vite-ignore */ ${JSON.stringify(name)}, import.meta.url));
  if (!response.ok) throw new Error('HTTP ' + response.status);
  return response.json();
}`;
    },
    // The content request starts with the page (the fetch above then takes the preloaded answer).
    transformIndexHtml: {
      order: 'post',
      handler: () =>
        building
          ? [
              {
                tag: 'link',
                attrs: { rel: 'preload', href: base + fileName, as: 'fetch', crossorigin: '' },
                injectTo: 'head',
              },
            ]
          : [],
    },
    generateBundle() {
      if (building) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
