// npm run bench:drag [-- --cards N] [--cpu-throttle K] [--drags D]
// Real Chromium: the app's card sort board against a minimal React + dnd-kit board with the
// same cards (test/bench/drag-boards, both production builds), in the same run, one drag on
// each in turn (the order swapped every drag), so a machine busy with other work weighs on
// both alike. Frame durations (requestAnimationFrame deltas) are recorded while a card is
// dragged into a column with the mouse. CPU throttling through the DevTools protocol
// (Emulation.setCPUThrottlingRate) stands in for a facilitator's busy laptop.
// Without --cards / --cpu-throttle: 120 and 400 cards, idle and at 4x throttling.
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser } from '../helpers/browser';

function option(name: string, min: number, max: number): number | undefined {
  const at = process.argv.indexOf(name);
  if (at === -1) return undefined;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`${name} takes a whole number from ${min} to ${max} (got "${process.argv[at + 1] ?? ''}").`);
    process.exit(2);
  }
  return value;
}
const cardsOption = option('--cards', 4, 2000);
const throttleOption = option('--cpu-throttle', 1, 20);
const DRAGS = option('--drags', 2, 500) ?? 20;
const CARD_COUNTS = cardsOption ? [cardsOption] : [120, 400];
const THROTTLES = throttleOption ? [throttleOption] : [1, 4];

const dir = mkdtempSync(join(tmpdir(), 'cg-bench-drag-'));
await build({ configFile: fileURLToPath(new URL('./drag-boards/vite.config.ts', import.meta.url)), build: { outDir: dir } });

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)).replace(/^(\.\.[/\\])+/, '');
  readFile(join(dir, path)).then(
    (body) => res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body),
    () => res.writeHead(404).end('not found'),
  );
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

// In-page code as strings: tsx's name helpers do not exist inside the page.
const RECORD_FRAMES = `(() => {
  window.__frames = [];
  window.__recording = false;
  let last = performance.now();
  const loop = (t) => {
    if (window.__recording) window.__frames.push(t - last);
    last = t;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})()`;

interface Board {
  name: 'app' | 'bare';
  page: Page;
}

async function openBoard(browser: Browser, name: Board['name'], cards: number, throttle: number): Promise<Board> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(`${origin}/${name}.html?cards=${cards}`);
  await page.locator('[data-testid="card"]').first().waitFor();
  const rendered = await page.locator('[data-testid="card"]').count();
  if (rendered !== cards) throw new Error(`The ${name} board shows ${rendered} cards, not ${cards}.`);
  await page.evaluate(RECORD_FRAMES);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { name, page };
}

/** Drag the first unsorted card into column (i mod 3) + 1 with the mouse, recording frames. */
async function dragOnce({ page }: Board, i: number) {
  await page.bringToFront();
  const card = page.locator('[data-testid="drop-zone"][data-zone-id="unsorted"] [data-testid="card"] .cgv-card-text').first();
  const zone = page.locator(`[data-testid="drop-zone"][data-zone-id="col${(i % 3) + 1}"]`);
  await card.scrollIntoViewIfNeeded();
  const from = (await card.boundingBox())!;
  const to = (await zone.boundingBox())!;
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate('window.__recording = true');
  for (let s = 1; s <= 4; s++) await page.mouse.move(start.x + s * 3, start.y + s * 3);
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 80), { steps: 30 });
  await page.mouse.up();
  await page.waitForTimeout(50);
  await page.evaluate('window.__recording = false');
}

async function summary({ page }: Board, cards: number) {
  const frames = (await page.evaluate('window.__frames')) as number[];
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)] ?? NaN;
  const placed = cards - (await page.locator('[data-testid="drop-zone"][data-zone-id="unsorted"] [data-testid="card"]').count());
  return { frames: frames.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN, placed };
}

// Frames come in 16.7 ms vsync steps; rAF timestamps jitter by a fraction of a millisecond.
const noWorse = (app: number, bare: number) => app <= bare + 1;
const pairs: { cards: number; throttle: number; app: number; bare: number }[] = [];
const browser = await launchBrowser();
try {
  for (const cards of CARD_COUNTS) {
    for (const throttle of THROTTLES) {
      const boards = [await openBoard(browser, 'app', cards, throttle), await openBoard(browser, 'bare', cards, throttle)];
      for (let i = 0; i < DRAGS; i++) {
        for (const board of i % 2 === 0 ? boards : [...boards].reverse()) await dragOnce(board, i);
      }
      const [app, bare] = [await summary(boards[0]!, cards), await summary(boards[1]!, cards)];
      if (process.env.DRAG_SHOT) for (const b of boards) await b.page.screenshot({ path: `${process.env.DRAG_SHOT}-${b.name}-${cards}-${throttle}x.png` });
      for (const [name, s] of [
        ['app', app],
        ['bare', bare],
      ] as const) {
        console.log(
          `  ${name}: frames=${s.frames} median_ms=${s.median.toFixed(1)} p95_ms=${s.p95.toFixed(1)} max_ms=${s.max.toFixed(1)} placed=${s.placed}/${DRAGS}`,
        );
      }
      console.log(
        `drag: cards=${cards} cpu_throttle=${throttle}x frame_p95_ms app=${app.p95.toFixed(1)} bare=${bare.p95.toFixed(1)}${noWorse(app.p95, bare.p95) ? '' : ' (app worse)'}`,
      );
      pairs.push({ cards, throttle, app: app.p95, bare: bare.p95 });
      for (const b of boards) await b.page.context().close();
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
const ok = pairs.filter((p) => noWorse(p.app, p.bare)).length;
console.log(
  `drag: app no worse than bare (p95 within 1 ms) in ${ok}/${pairs.length} pairs; frame p95 ms app/bare: ${pairs.map((p) => `${p.cards} cards ${p.throttle}x ${p.app.toFixed(1)}/${p.bare.toFixed(1)}`).join(', ')}`,
);
