// Browser benchmarks in Chromium against the built app (vite preview): drag responsiveness with
// 500 cards on the board under 4× CPU throttling. Returns table rows.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.js';
import { startPreview } from './preview.js';

const PORT = 4179;

/** A saved board with n own initiatives, all placed across the scale. */
function bigBoard(n) {
  const own = Array.from({ length: n }, (_, i) => ({
    id: `own-${i.toString(36)}`,
    name: `Kaart ${i + 1}`,
    description: '',
  }));
  const placements = Object.fromEntries(
    own.map((o, i) => [o.id, Math.round(((i * 0.6180339) % 1) * 1000) / 1000]),
  );
  return JSON.stringify({ v: 1, board: { placements, own, revealed: [], revealAll: false } });
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** Task wrappers whose wall time also covers waiting (for input over CDP, or throttling gaps). */
const CONTAINERS = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'Receive mojo message',
  'RunMicrotasks',
]);

/**
 * Main-thread work per rendered frame: the union of the renderer main thread's work events
 * (input dispatch, script, style, layout, paint, hit tests…) between consecutive frame starts
 * (BeginMainThreadFrame). A union counts nested events once. rAF intervals would only show vsync.
 */
function frameWork(events) {
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  if (!main) throw new Error('no renderer main thread in the trace');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const frames = onMain
    .filter((e) => e.name === 'BeginMainThreadFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const spans = onMain
    .filter((e) => e.ph === 'X' && e.dur > 0 && !CONTAINERS.has(e.name))
    .map((e) => [e.ts, e.ts + e.dur])
    .sort((a, b) => a[0] - b[0]);
  const work = [];
  for (let i = 1; i < frames.length; i++) {
    const [from, to] = [frames[i - 1], frames[i]];
    let busy = 0;
    let end = from;
    for (const [a, b] of spans) {
      if (b <= from || a >= to) continue;
      const s0 = Math.max(a, end);
      const s1 = Math.min(b, to);
      if (s1 > s0) busy += s1 - s0;
      end = Math.max(end, s1);
    }
    work.push(busy / 1000);
  }
  return work;
}

/** @param {string} dist the built app to serve */
export async function run(dist = 'dist') {
  const server = await startPreview(PORT, dist);
  try {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1800 } });
    await page.goto(`${server.origin}/`);
    await page.evaluate(
      (saved) => localStorage.setItem('kompasverkenner:board', saved),
      bigBoard(500),
    );
    await page.reload();
    // The board area renders just after the page: wait for the last card before counting.
    await page.locator('.lanes [data-card]').nth(499).waitFor();
    const cards = await page.locator('.lanes [data-card]').count();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

    const card = page.locator('.lanes [data-card]').nth(250);
    await card.scrollIntoViewIfNeeded();
    const box = await card.boundingBox();
    await browser.startTracing(page, {
      categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline.frame'],
    });
    // Raw CDP input: Playwright's page.mouse adds its own drag-and-drop bookkeeping in the page
    // on every move while a button is down, which would be measured as the app's work.
    const mouse = (type, x, y, extra = {}) =>
      cdp.send('Input.dispatchMouseEvent', {
        type,
        x,
        y,
        button: 'left',
        pointerType: 'mouse',
        ...extra,
      });
    // NODRAG=1 moves the same path without pressing: the page's own cost of pointer moves, to
    // compare the drag against.
    const pressed = process.env.NODRAG ? 0 : 1;
    await mouse('mouseMoved', box.x + 10, box.y + 10);
    if (pressed) await mouse('mousePressed', box.x + 10, box.y + 10, { buttons: 1, clickCount: 1 });
    for (let i = 0; i < 120; i++) {
      const x = box.x + 10 + Math.sin(i / 10) * 400;
      await mouse('mouseMoved', x, box.y + 10 - i * 2, { buttons: pressed });
    }
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    await mouse('mouseReleased', box.x + 10, box.y + 10, { buttons: 0, clickCount: 1 });
    await browser.close();
    const work = frameWork(trace.traceEvents ?? trace);
    const p95 = pct(work, 95);
    return [
      {
        name: `Drag with ${cards} cards on the board (4× CPU)`,
        target: '—',
        value: `${work.length} frames`,
        ok: true,
      },
      {
        name: 'Drag main-thread work per frame, p50',
        target: '—',
        value: `${pct(work, 50).toFixed(1)} ms`,
        ok: true,
      },
      {
        name: 'Drag main-thread work per frame, p95',
        target: '≤ 8 ms',
        value: `${p95.toFixed(1)} ms`,
        ok: p95 <= 8,
      },
    ];
  } finally {
    server.stop();
  }
}
