// Share-link length for 30 and 60 placed initiatives (with 5 own ones) and encode/decode time.
// The TypeScript codecs are loaded through Vite's SSR module loader, as the app builds them.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';

const content = JSON.parse(readFileSync('data/initiatives.json', 'utf8')).initiatives.map(
  (i) => i.id,
);

/** n placed initiatives (the data holds fewer than 60, so extra ids stand in), plus own ones. */
function board(n, own) {
  const ids = Array.from({ length: n }, (_, i) => content[i] ?? `voorbeeld-initiatief-${i}`);
  const owns = Array.from({ length: own }, (_, i) => ({
    id: `own-${i + 1}`,
    name: `Eigen initiatief nummer ${i + 1} in de wijk`,
    description:
      'Een korte beschrijving van wat bewoners hier zelf doen, met steun van de gemeente.',
  }));
  const placements = Object.fromEntries(
    [...ids, ...owns.map((o) => o.id)].map((id, i) => [id, ((i * 37) % 1000) / 1000]),
  );
  return { knownIds: ids, data: { placements, own: owns, revealed: [], revealAll: false } };
}

export async function run() {
  const server = await createServer({
    server: { middlewareMode: true },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const { encodeLink, decodeLink } = await server.ssrLoadModule('/src/lib/codec/link.ts');
    const rows = [];
    for (const [n, own] of [
      [30, 5],
      [60, 5],
    ]) {
      const { knownIds, data } = board(n, own);
      const link = await encodeLink(data, { knownIds, mode: 'edit' });
      const target = n === 60 ? '≤ 1,500 chars' : '—';
      rows.push({
        name: `Share link, ${n} placed + ${own} own`,
        target,
        value: `${link.length} chars`,
        ok: n !== 60 || link.length <= 1500,
      });
      if (n === 60) {
        const runs = 200;
        let t0 = performance.now();
        for (let i = 0; i < runs; i++) await encodeLink(data, { knownIds, mode: 'edit' });
        const enc = (performance.now() - t0) / runs;
        t0 = performance.now();
        for (let i = 0; i < runs; i++) await decodeLink(link, knownIds);
        const dec = (performance.now() - t0) / runs;
        rows.push({
          name: 'Link encode (60 + 5), mean of 200',
          target: '—',
          value: `${enc.toFixed(2)} ms`,
          ok: true,
        });
        rows.push({
          name: 'Link decode (60 + 5), mean of 200',
          target: '—',
          value: `${dec.toFixed(2)} ms`,
          ok: true,
        });
      }
    }
    return rows;
  } finally {
    await server.close();
  }
}
