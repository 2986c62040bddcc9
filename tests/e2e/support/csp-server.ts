// A tiny static server for the end-to-end tests: serves a built dist/ with a strict
// Content-Security-Policy header, and host pages from tests/e2e/hosts/ (with %APP% replaced by
// the app's origin) so embeds can be tested across origins.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from '@playwright/test';
import { extname, join, normalize, resolve } from 'node:path';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

/** A host page's policy: strict, plus the app's origin for its script and its frame. */
const hostCsp = (app: string) =>
  `default-src 'self'; script-src 'self' ${app}; style-src 'self'; img-src 'self' data: blob:; frame-src ${app}`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export const DIST = resolve(process.env.PW_DIST ?? 'dist');
const HOSTS = resolve('tests/e2e/hosts');

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Folder to serve (a built app). */
  root?: string;
  /** The app's origin for host pages (%APP%, script-src, frame-src); default: this server. */
  app?: string;
  /** Bind to this host name (127.0.0.1 or localhost: two origins on one machine). */
  host?: string;
}

export async function serve({
  root = DIST,
  app: appOption,
  host = '127.0.0.1',
}: ServeOptions = {}) {
  let app = appOption ?? '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    let csp = STRICT_CSP;
    let body: Buffer | null = null;
    if (path.startsWith('/hosts/')) {
      const file = join(HOSTS, normalize(path.slice('/hosts/'.length)));
      if (file.startsWith(HOSTS) && existsSync(file)) {
        body = Buffer.from(readFileSync(file, 'utf8').replaceAll('%APP%', app));
        csp = hostCsp(app);
      }
    } else {
      if (path.endsWith('/')) path += 'index.html';
      const file = join(root, normalize(path));
      if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': csp,
          'cache-control': 'no-cache',
          // The web component's ES module is loaded cross-origin, which needs CORS.
          'access-control-allow-origin': '*',
        });
        createReadStream(file).pipe(res);
        return;
      }
    }
    if (body) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'content-security-policy': csp });
      res.end(body);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, host, ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  app ||= origin;
  return {
    origin,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  } satisfies Served;
}

/**
 * The app and a host page on two origins (127.0.0.1 and localhost), both under the strict CSP,
 * started before the file's tests and stopped after them. Read `app` and `host` inside tests.
 */
export function serveAppAndHost(): { app: Served; host: Served } {
  const served = {} as { app: Served; host: Served };
  test.beforeAll(async () => {
    served.app = await serve({ host: '127.0.0.1' });
    served.host = await serve({ host: 'localhost', app: served.app.origin });
  });
  test.afterAll(async () => {
    await Promise.all([served.app.close(), served.host.close()]);
  });
  return served;
}
