// npm run bench:drag
// Real Chromium, the real in-room participant page, a card sort of 120 cards:
// drag cards into columns with the mouse and record every frame's duration
// (requestAnimationFrame deltas) while a drag is in progress.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../helpers/browser';
import { startServe } from '../helpers/serve-process';

const CARDS = 120;
const DRAGS = Number(process.argv[process.argv.indexOf('--drags') + 1]) || 24;

const dir = mkdtempSync(join(tmpdir(), 'cg-bench-drag-'));
const serve = await startServe(dir);
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(serve.link);
  const api = async <T>(op: string, input: unknown): Promise<T> => {
    const body = (await (await page.request.post(`${serve.origin}/api/op/${op}`, { data: input, headers: { origin: serve.origin } })).json()) as { ok: boolean; value: T; error?: { message: string } };
    if (!body.ok) throw new Error(`${op}: ${body.error?.message}`);
    return body.value;
  };
  const w = await api<{ id: string }>('workshop:create', { title: 'Drag benchmark' });
  await api('participant:add', { workshopId: w.id, name: 'Dana Lee', team: 'sales' });
  const cards = Array.from({ length: CARDS }, (_, i) => ({ id: `c${i + 1}`, text: `Lead signal number ${i + 1}`, description: '' }));
  const columns = ['Quality lead', 'Not a signal', 'Depends'].map((text, i) => ({ id: `col${i + 1}`, text, description: '' }));
  const sort = await api<{ id: string }>('activity:add', { workshopId: w.id, kind: 'cardsort', title: 'Sort 120 signals', config: { prompt: 'Sort them', cards, columns, open: false } });
  await api('run:start', { workshopId: w.id });
  await api('run:goto', { workshopId: w.id, activityId: sort.id });

  await page.goto(`${serve.origin}/#/participate/${w.id}`);
  await page.getByRole('button', { name: /Dana Lee/ }).click();
  await page.locator('[data-testid="card"]').first().waitFor();
  const total = await page.locator('[data-testid="card"]').count();

  // In-page code as strings: tsx's name helpers do not exist inside the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = false;
    let last = performance.now();
    const loop = (t) => {
      if (window.__recording) window.__frames.push(t - last);
      last = t;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  })()`);

  for (let i = 0; i < DRAGS; i++) {
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
  if (process.env.DRAG_SHOT) await page.screenshot({ path: process.env.DRAG_SHOT });
  const frames = (await page.evaluate('window.__frames')) as number[];
  const sorted = [...frames].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
  const placed = CARDS - (await page.locator('[data-testid="drop-zone"][data-zone-id="unsorted"] [data-testid="card"]').count());
  console.log(`frames=${frames.length} median_ms=${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} max_ms=${sorted.at(-1)?.toFixed(1)} placed=${placed}/${DRAGS} rendered_cards=${total}`);
  console.log(`drag: cards=${CARDS} frame_p95_ms=${p95.toFixed(1)}`);
} finally {
  await browser.close();
  await serve.stop();
  rmSync(dir, { recursive: true, force: true });
}
