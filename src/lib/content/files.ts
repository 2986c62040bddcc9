// The data files, by their paths in the repository. Bundled where content is needed at once
// (tests, prerendering, the web component); the page itself fetches them (see load.ts).
import utrecht from '../../../data/frameworks/utrecht.json';
import peelEnMaas from '../../../data/frameworks/peel-en-maas.json';
import sources from '../../../data/sources.json';
import initiatives from '../../../data/initiatives.json';
import { toRawContent, type RawData } from './raw';

export const rawData: RawData = { utrecht, peelEnMaas, sources, initiatives };
export const rawContent = toRawContent(rawData);
