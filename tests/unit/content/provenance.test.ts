// @vitest-environment node
// What counts as reconstructed or stated, and what a band shows the status of, decided once.
import { describe, expect, it } from 'vitest';
import {
  bandProvenance,
  bandStatus,
  isReconstructed,
  isStated,
} from '../../../src/lib/content/provenance';
import { rawContent } from '../../../src/lib/content/files';
import type { Provenance } from '../../../src/lib/content/schema';
import { validateContent } from '../../../src/lib/validation/validate';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content invalid');
const items = result.content.frameworks.flatMap((fw) => fw.items);

describe('provenance', () => {
  it.each([
    ['stated', true, false],
    ['inferred', false, false],
    ['reconstructed', false, true],
  ] as const)('%s: stated %s, reconstructed %s', (status, stated, reconstructed) => {
    const p = { status, sources: [] } as unknown as Provenance;
    expect(isStated(p)).toBe(stated);
    expect(isReconstructed(p)).toBe(reconstructed);
  });

  it("a band shows its name's provenance", () => {
    for (const item of items) {
      expect(bandProvenance(item)).toBe(item.provenance.label);
      expect(bandStatus(item)).toBe(item.provenance.label.status);
    }
  });

  it('the content has bands of more than one status (the badges tell something)', () => {
    expect(new Set(items.map(bandStatus)).size).toBeGreaterThan(1);
  });
});
