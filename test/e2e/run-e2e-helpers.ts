import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { ServeProcess } from '../helpers/serve-process';
import { genericWorkshopVia } from '../helpers/generic-workshop';

const root = join(import.meta.dirname, '../..');

/** Call the app's API the way the console does (browser mode: POST /api/op/<op> with the session token). */
export async function op<T = unknown>(serve: ServeProcess, name: string, input: unknown = {}): Promise<T> {
  const res = await fetch(`${serve.origin}/api/op/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${serve.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
  return body.value as T;
}

interface Detail {
  workshop: { id: string; title: string };
  participants: { id: string; name: string; team: string }[];
  activities: { id: string; kind: string; title: string }[];
}

/** The sample workshop (10 people: 5 Sales, 5 Marketing), its run started and moved to the card sort. */
export async function sampleAtCardSort(serve: ServeProcess) {
  const workshop = await genericWorkshopVia((name, input) => op(serve, name, input));
  const detail = await op<Detail>(serve, 'workshop:get', { id: workshop.id });
  const sort = detail.activities.find((a) => a.kind === 'cardsort')!;
  await op(serve, 'run:start', { workshopId: workshop.id });
  await op(serve, 'run:goto', { workshopId: workshop.id, activityId: sort.id });
  return { workshopId: workshop.id, detail, sort };
}

function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** The phone page's bundle (until `npm run build` builds it too): built when missing or older than its sources. */
export function ensurePhoneBundle(): void {
  const page = join(root, 'out/participant/participant.html');
  const sources = ['src/renderer/phone', 'src/renderer/components/run', 'src/activities', 'src/shared'].map((p) => join(root, p));
  if (existsSync(page) && statSync(page).mtimeMs >= Math.max(...sources.map(newest))) return;
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '-c', 'src/renderer/phone/vite.config.ts'], { cwd: root, stdio: ['ignore', 2, 2] });
}

export async function centreOf(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The centre of an element where it is now (no scrolling). */
export async function centreNow(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A finger drag through CDP touch events: press, hold past the views' touch
 * delay (180 ms), move in steps, lift. The hold is part of the gesture.
 */
export async function touchDrag(context: BrowserContext, page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const cdp = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p: { x: number; y: number }) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: p.x, y: p.y }] });
  await touch('touchStart', from);
  await page.waitForTimeout(300);
  for (let i = 1; i <= 20; i++) await touch('touchMove', { x: from.x + ((to.x - from.x) * i) / 20, y: from.y + ((to.y - from.y) * i) / 20 });
  await page.waitForTimeout(50);
  await touch('touchEnd', to);
  await cdp.detach();
}

/**
 * Touch-drags a card onto a drop zone's heading. Both ends are measured after one scroll, so the
 * start point cannot go stale when bringing the zone into view moves the page, and the target is
 * the zone's head, not its middle, which on a phone can sit under the sticky progress bar where
 * dnd-kit's auto-scroll would carry the page (and the drop) into the next zone.
 */
export async function touchDragToZone(context: BrowserContext, page: Page, card: Locator, zoneId: string) {
  const head = page.locator(`[data-zone-id="${zoneId}"] .cgv-zone-head`);
  await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const [from, to, height] = await Promise.all([card.boundingBox(), head.boundingBox(), page.evaluate(() => window.innerHeight)]);
  if (!from || !to) throw new Error(`touchDragToZone: no box for the card or zone ${zoneId}`);
  const target = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  if (target.y < 0 || target.y > height * 0.8)
    throw new Error(`touchDragToZone: zone ${zoneId} head at y=${Math.round(target.y)} is not in the top 80 % of the screen`);
  await touchDrag(context, page, { x: from.x + from.width / 2, y: from.y + from.height / 2 }, target);
}

/** Which zone a card sits in, by its text. */
export function zoneOfCard(page: Page, text: string): Promise<string | null> {
  return page
    .locator('[data-card-id]', { hasText: text })
    .first()
    .evaluate((el) => el.closest('[data-testid="drop-zone"]')?.getAttribute('data-zone-id') ?? null)
    .catch(() => null);
}

export function zone(page: Page, name: string): Locator {
  return page.locator('[data-testid="drop-zone"]', { has: page.getByRole('heading', { name, exact: false }) }).first();
}
