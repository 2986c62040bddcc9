// The four data files as one object (what the page fetches), and their repository paths for
// error messages.
import type { RawContent } from './model';

export interface RawData {
  utrecht: unknown;
  peelEnMaas: unknown;
  sources: unknown;
  initiatives: unknown;
}

export const toRawContent = (data: RawData): RawContent => ({
  frameworks: [
    { file: 'data/frameworks/utrecht.json', data: data.utrecht },
    { file: 'data/frameworks/peel-en-maas.json', data: data.peelEnMaas },
  ],
  sources: { file: 'data/sources.json', data: data.sources },
  initiatives: { file: 'data/initiatives.json', data: data.initiatives },
});
