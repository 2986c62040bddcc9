// Serves a built app with `vite preview` on a port for a benchmark, and stops it (and its
// children) again. Resolves once the server answers.
import { spawn } from 'node:child_process';

/**
 * @param {number} port
 * @param {string} dist
 * @returns {Promise<{ origin: string, stop: () => void }>}
 */
export async function startPreview(port, dist = 'dist') {
  const origin = `http://127.0.0.1:${port}`;
  const args = ['vite', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port)];
  const server = spawn('npx', [...args, '--outDir', dist], { stdio: 'ignore', detached: true });
  const stop = () => process.kill(-server.pid);
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`preview server did not start at ${origin}`);
}
