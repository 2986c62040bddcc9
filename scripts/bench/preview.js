// Serves a built app with `vite preview` on a port for a benchmark, and stops it (and its
// children) again. Resolves once the server answers; fails when the port is taken or the server
// exits.
import { spawn } from 'node:child_process';

const answers = async (origin) => {
  try {
    return (await fetch(`${origin}/`)).ok;
  } catch {
    return false;
  }
};

/**
 * @param {number} port
 * @param {string} dist
 * @returns {Promise<{ origin: string, stop: () => void }>}
 */
export async function startPreview(port, dist = 'dist') {
  const origin = `http://127.0.0.1:${port}`;
  if (await answers(origin)) throw new Error(`port ${port} is taken: another server answers`);
  const args = ['vite', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port)];
  const server = spawn('npx', [...args, '--outDir', dist], { stdio: 'ignore', detached: true });
  let exited = false;
  server.on('exit', () => (exited = true));
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  const until = Date.now() + 20_000;
  while (Date.now() < until && !exited) {
    if (await answers(origin)) return { origin, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`preview server for ${dist} did not start at ${origin}`);
}
