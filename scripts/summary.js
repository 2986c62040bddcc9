// Prints one plain "N passed, N failed" line summed over the Vitest and Playwright JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : undefined);
let passed = 0;
let failed = 0;
const unit = read('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
const e2e = read('test-results/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
if (!unit || !e2e) console.log(`(missing report: ${!unit ? 'unit ' : ''}${!e2e ? 'e2e' : ''})`);
console.log(`${passed} passed, ${failed} failed`);
