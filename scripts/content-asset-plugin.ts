// Vite plugin: the content in data/ ships as one JSON file next to the scripts (content-<hash>.json),
// fetched and validated when the page loads. Content is data, not code: it stays out of the
// JavaScript bundle, and a content edit changes one cached file. `virtual:content` exports
// `loadRawContent()`; in the dev server it simply imports the data files.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const ID = 'virtual:content';
export const CONTENT_FILES = {
  utrecht: 'data/frameworks/utrecht.json',
  peelEnMaas: 'data/frameworks/peel-en-maas.json',
  sources: 'data/sources.json',
  initiatives: 'data/initiatives.json',
} as const;

function bundle(): string {
  const data = Object.fromEntries(
    Object.entries(CONTENT_FILES).map(([key, file]) => [
      key,
      JSON.parse(readFileSync(file, 'utf8')),
    ]),
  );
  return JSON.stringify(data);
}

export function contentAssetPlugin(): Plugin {
  let building = false;
  let fileName = '';
  let source = '';
  return {
    name: 'kompas:content-asset',
    configResolved(config) {
      building = config.command === 'build' && !config.build.ssr && !config.build.lib;
    },
    buildStart() {
      if (!building) return;
      source = bundle();
      fileName = `assets/content-${createHash('sha256').update(source).digest('hex').slice(0, 10)}.json`;
      Object.values(CONTENT_FILES).forEach((f) => this.addWatchFile(f));
    },
    resolveId: (id) => (id === ID ? '\0' + ID : undefined),
    load(id) {
      if (id !== '\0' + ID) return undefined;
      if (!building) {
        return `export const loadRawContent = () => import('/src/lib/content/files.ts').then((m) => m.rawData);`;
      }
      const name = fileName.slice('assets/'.length);
      return `export async function loadRawContent() {
  const response = await fetch(new URL(/* @vite-ignore */ ${JSON.stringify(name)}, import.meta.url));
  if (!response.ok) throw new Error('HTTP ' + response.status);
  return response.json();
}`;
    },
    generateBundle() {
      if (building) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
