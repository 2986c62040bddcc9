// Vite plugin: the build fails when a file in data/ is invalid, naming file, path and expectation.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { formatIssue, validateContent, type RawFile } from '../src/lib/validation/validate';
import { validateRoute } from '../src/lib/route/validate';

const read = (file: string): RawFile => {
  try {
    return { file, data: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
};

export function validateContentPlugin(): Plugin {
  return {
    name: 'kompas:validate-content',
    buildStart() {
      const result = validateContent({
        frameworks: [
          read('data/frameworks/utrecht.json'),
          read('data/frameworks/peel-en-maas.json'),
        ],
        sources: read('data/sources.json'),
        initiatives: read('data/initiatives.json'),
      });
      if (!result.ok) {
        this.error(`Invalid content in data/:\n${result.issues.map(formatIssue).join('\n')}`);
      }
      // The guided route ("Waar past mijn initiatief?") is checked against that content.
      const route = validateRoute(read('data/route.json').data, result.content);
      if (!route.ok) {
        this.error(`Invalid route in data/:\n${route.issues.map(formatIssue).join('\n')}`);
      }
    },
  };
}
