// The data files, by their paths in the repository. Bundled at build time (the app is static).
import utrecht from '../../../data/frameworks/utrecht.json';
import peelEnMaas from '../../../data/frameworks/peel-en-maas.json';
import sources from '../../../data/sources.json';
import initiatives from '../../../data/initiatives.json';
import type { RawContent } from './validate';

export const rawContent: RawContent = {
  frameworks: [
    { file: 'data/frameworks/utrecht.json', data: utrecht },
    { file: 'data/frameworks/peel-en-maas.json', data: peelEnMaas },
  ],
  sources: { file: 'data/sources.json', data: sources },
  initiatives: { file: 'data/initiatives.json', data: initiatives },
};
