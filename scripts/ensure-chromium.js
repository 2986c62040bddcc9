// Makes sure a Chromium exists before the e2e tests: found, else Playwright's download where the
// network allows it, else Debian's package when running as root; otherwise one clear sentence.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.js';

const run = (cmd, args) =>
  spawnSync(cmd, args, { stdio: 'inherit', timeout: 600_000 }).status === 0;

if (!findChromium()) {
  console.log("No Chromium found: trying Playwright's own download…");
  run('npx', ['playwright', 'install', 'chromium']);
}
if (!findChromium() && process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0) {
  console.log("Installing Debian's chromium with apt-get…");
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium']);
}
const found = findChromium();
if (!found) {
  console.error(
    'No Chromium for the end-to-end tests: install one (e.g. `apt-get install chromium`) or set CHROMIUM_PATH to its executable.',
  );
  process.exit(1);
}
console.log(`Chromium: ${found}`);
