// Real drags in Chromium against the gallery: mouse, touch (CDP touch events) and keyboard.
// Usage: node test/visual/drag.mjs   (gallery served on 127.0.0.1:4599)
import { launch } from './shoot-kit.mjs';

const base = 'http://127.0.0.1:4599/gallery.html';
const browser = await launch();
let failures = 0;
const check = (ok, what) => {
  if (!ok) failures++;
  console.log(`${ok ? '✓' : '✗'} ${what}`);
};
const center = async (loc) => {
  await loc.scrollIntoViewIfNeeded();
  const b = await loc.boundingBox();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};
async function mouseDrag(page, from, to) {
  const a = await center(from);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let i = 1; i <= 4; i++) await page.mouse.move(a.x + i * 3, a.y + i * 3);
  const b = await center(to);
  for (let i = 1; i <= 20; i++) await page.mouse.move(a.x + ((b.x - a.x) * i) / 20, a.y + ((b.y - a.y) * i) / 20);
  await page.waitForTimeout(50);
  await page.mouse.up();
  await page.waitForTimeout(300);
}
const zoneOf = (page, id) =>
  page.evaluate((id) => document.querySelector(`[data-card-id="${id}"]`)?.closest('[data-testid="drop-zone"]')?.getAttribute('data-zone-id'), id);
const state = (page) => page.evaluate(() => ({ submits: window.submits, announcements: window.announcements, boards: window.boards }));
const domAnnouncements = (page) => page.evaluate(() => [...document.querySelectorAll('[id^="DndLiveRegion"]')].map((e) => e.textContent).join(' | '));

async function open(screen, viewport, extra = '', touch = false) {
  const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}?screen=${screen}${extra}`);
  return { page, context, errors };
}

// 1. Mouse: card sort on a shared screen.
{
  const { page, context, errors } = await open('cardsort-participant', { width: 1280, height: 900 });
  await mouseDrag(page, page.locator('[data-card-id="k8"] .cgv-card-text'), page.locator('[data-zone-id="c1"]'));
  check((await zoneOf(page, 'k8')) === 'c1', 'mouse: "Requested a demo" dropped in Quality lead');
  const s = await state(page);
  check(JSON.stringify(s.submits) === JSON.stringify([{ itemKey: 'k8', value: { column: 'c1' } }]), `mouse: exactly one submit ${JSON.stringify(s.submits)}`);
  const live = await domAnnouncements(page);
  check(/Dropped Requested a demo in Quality lead\./.test(live), `mouse: live region says "${live}"`);
  await page.waitForSelector('text=Saved');
  check(true, 'mouse: saved tick shown');
  // A click on Place… must not start a drag.
  await page.getByRole('button', { name: 'Place Industry fit' }).click();
  check(await page.getByRole('list', { name: 'Where Industry fit goes' }).isVisible(), 'mouse: a plain click still opens the Place menu');
  check(errors.length === 0, `mouse: no console errors ${errors.join(' ')}`);
  await context.close();
}

// 2. Mouse drag that the server rejects: the card goes back and the error is loud.
{
  const { page, context } = await open('cardsort-participant', { width: 1280, height: 900 }, '&fail=1');
  await mouseDrag(page, page.locator('[data-card-id="k3"] .cgv-card-text'), page.locator('[data-zone-id="c2"]'));
  await page.waitForSelector('[role="alert"]');
  check((await zoneOf(page, 'k3')) === 'unsorted', 'reject: card restored to Unsorted');
  check((await page.locator('[role="alert"]').textContent()).includes("Couldn't save. Try again."), 'reject: error with retry shown');
  await context.close();
}

// 3. Escape cancels a mouse drag: nothing submitted.
{
  const { page, context } = await open('cardsort-participant', { width: 1280, height: 900 });
  const a = await center(page.locator('[data-card-id="k2"] .cgv-card-text'));
  const b = await center(page.locator('[data-zone-id="c3"]'));
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(a.x + ((b.x - a.x) * i) / 10, a.y + ((b.y - a.y) * i) / 10);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await page.waitForTimeout(200);
  const live = await domAnnouncements(page);
  check((await zoneOf(page, 'k2')) === 'unsorted' && (await state(page)).submits.length === 0, 'cancel: Escape leaves the card in Unsorted, no submit');
  check(/Cancelled: Company size fits our ICP went back to Unsorted\./.test(live), `cancel: live region says "${live}"`);
  await context.close();
}

// 4. Keyboard: grip, Space, arrows across zones, Space.
{
  const { page, context } = await open('cardsort-participant', { width: 1280, height: 900 });
  await page.getByRole('button', { name: 'Drag Budget known' }).focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(100);
  await page.keyboard.press('ArrowRight'); // Unsorted -> Quality lead
  await page.waitForTimeout(100);
  await page.keyboard.press('ArrowRight'); // -> Not a signal
  await page.waitForTimeout(100);
  const over = await domAnnouncements(page);
  await page.keyboard.press('Space');
  await page.waitForTimeout(300);
  check((await zoneOf(page, 'k4')) === 'c2', 'keyboard: Budget known moved two zones right into Not a signal');
  check(/Budget known is over Not a signal, position 1 of 1\./.test(over), `keyboard: over-announcement "${over}"`);
  await context.close();
}

// 5. Touch on a phone: press, hold past the delay, move, lift (CDP touch events).
{
  const { page, context, errors } = await open('cardsort-participant', { width: 390, height: 844 }, '', true);
  const cdp = await context.newCDPSession(page);
  const a = await center(page.locator('[data-card-id="k1"] .cgv-card-text'));
  const target = page.locator('[data-zone-id="c2"]');
  const b = await center(target);
  const touch = (type, p) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: p.x, y: p.y }] });
  await touch('touchStart', a);
  await page.waitForTimeout(300);
  for (let i = 1; i <= 20; i++) await touch('touchMove', { x: a.x + ((b.x - a.x) * i) / 20, y: a.y + ((b.y - a.y) * i) / 20 });
  await page.waitForTimeout(50);
  await touch('touchEnd', b);
  await page.waitForTimeout(300);
  check((await zoneOf(page, 'k1')) === 'c2', 'touch: "Title is VP or director" dragged into Not a signal');
  check(JSON.stringify((await state(page)).submits) === JSON.stringify([{ itemKey: 'k1', value: { column: 'c2' } }]), 'touch: one submit');
  // A quick swipe (no hold) must scroll, not drag.
  const c = await center(page.locator('[data-card-id="k2"] .cgv-card-text'));
  await touch('touchStart', c);
  for (let i = 1; i <= 8; i++) await touch('touchMove', { x: c.x, y: c.y + i * 20 });
  await touch('touchEnd', { x: c.x, y: c.y + 160 });
  await page.waitForTimeout(300);
  check((await zoneOf(page, 'k2')) === 'unsorted' && (await state(page)).submits.length === 1, 'touch: a quick swipe does not drag');
  check(errors.length === 0, `touch: no console errors ${errors.join(' ')}`);
  await context.close();
}

// 6. Dot vote: drag a dot from the tray onto an option.
{
  const { page, context } = await open('dotvote-participant', { width: 390, height: 844 });
  await mouseDrag(page, page.getByTestId('dot-tray').locator('.cgv-tray-grab'), page.locator('[data-option-id="i3"]'));
  const s = await state(page);
  check(
    JSON.stringify(s.submits) === JSON.stringify([{ itemKey: 'i3', value: { dots: 1 } }]),
    `dot vote: one dot dropped on option 3 ${JSON.stringify(s.submits)}`,
  );
  check((await page.locator('[data-option-id="i3"]').textContent()).includes('1 dot'), 'dot vote: option shows 1 dot');
  await context.close();
}

// 7. Ranking: drag the first row below the third; autosaves the order.
{
  const { page, context } = await open('ranking-participant', { width: 390, height: 844 });
  const rows = page.getByTestId('rank-row');
  await mouseDrag(page, rows.nth(0).locator('.cgv-card-text'), rows.nth(2));
  const order = await page.evaluate(() => [...document.querySelectorAll('[data-testid="rank-row"]')].map((r) => r.getAttribute('data-rank-id')));
  const s = await state(page);
  check(JSON.stringify(order) === JSON.stringify(['i2', 'i3', 'i1', 'i4', 'i5']), `ranking: new order ${order.join(',')}`);
  check(
    s.submits.length === 1 && JSON.stringify(s.submits[0]) === JSON.stringify({ itemKey: 'order', value: { order } }),
    'ranking: one submit with the whole order',
  );
  await context.close();
}

// 8. Board: drag a loose card into a cluster.
{
  const { page, context } = await open('brainstorm-board', { width: 1440, height: 900 });
  const card = page.locator('[data-zone-id="ungrouped"] [data-testid="card"]').first();
  const key = await card.getAttribute('data-card-id');
  await mouseDrag(page, card.locator('.cgv-card-text'), page.locator('[data-zone-id="g2"]'));
  const s = await state(page);
  const last = s.boards?.at(-1);
  check(s.boards?.length === 1 && last.clusters.find((c) => c.id === 'g2').cardKeys.includes(key), 'board: one onChange, card now in Lead context');
  await mouseDrag(page, page.locator('[data-zone-id="g1"] [data-testid="card"]').first().locator('.cgv-card-text'), page.locator('[data-zone-id="new-group"]'));
  const s2 = await state(page);
  check(s2.boards.length === 2 && s2.boards.at(-1).clusters.length === 3, 'board: dropping on "new group" makes a third group');
  await context.close();
}

await browser.close();
console.log(failures ? `${failures} drag checks failed` : 'all drag checks passed');
process.exitCode = failures ? 1 : 0;
