// Real-browser drag checks for the buying map's markers: mouse, keyboard and touch.
// Expects the align gallery on 127.0.0.1:4601 (see align-shoot.mjs).
import { launch } from './shoot-kit.mjs';

const url = 'http://127.0.0.1:4601/align-gallery.html?screen=buyingmap-participant';
const browser = await launch();
let failed = 0;
const check = (name, ok, extra = '') => {
  if (!ok) failed += 1;
  console.log(`${ok ? '✓' : '✗'} ${name}${extra ? ` ${extra}` : ''}`);
};
const submits = (page) => page.evaluate(() => window.submits);
const announcements = (page) => page.evaluate(() => window.announcements);

{
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const chip = page.getByRole('button', { name: 'Drag “We lose them here” onto a stage' });
  const target = page.locator('[data-zone-id="evaluate"]');
  await target.scrollIntoViewIfNeeded();
  const a = await chip.boundingBox();
  const b = await target.boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 8, a.y + a.height / 2 - 8, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + 20, { steps: 20 });
  await page.mouse.up();
  await page.waitForTimeout(200);
  const s = await submits(page);
  check(
    'mouse: drop on Evaluating',
    s.some((x) => x.itemKey === 'mid.evaluate.lose'),
    JSON.stringify(s),
  );
  check(
    'mouse: announced with words',
    (await announcements(page)).some((m) => m.includes('We lose them here') && m.includes('Evaluating')),
  );
  await context.close();
}
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Drag “We lose them here” onto a stage' }).focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(150);
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(350); // the lifted marker glides (and the page scrolls) to each stage
  }
  await page.keyboard.press('Space');
  await page.waitForTimeout(200);
  const s = await submits(page);
  check(
    'keyboard: fourth stage, Deciding',
    s.some((x) => x.itemKey === 'mid.decide.lose'),
    JSON.stringify(s),
  );
  const live = await page.evaluate(() => [...document.querySelectorAll('[id^="DndLiveRegion"], [role="status"]')].map((n) => n.textContent).join(' | '));
  check('keyboard: spoken text has no ids', !/marker:|mid\.|evaluate\b/.test(live), live.slice(0, 160));
  await context.close();
}
{
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(url);
  const target = page.locator('[data-zone-id="research"]');
  const chip = page.getByRole('button', { name: 'Drag “Deals stall here” onto a stage' });
  const a = await chip.boundingBox();
  const b = await target.boundingBox();
  const cdp = await context.newCDPSession(page);
  const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  await touch('touchStart', a.x + 20, a.y + a.height / 2);
  await page.waitForTimeout(300); // the press delay
  for (let i = 1; i <= 20; i += 1)
    await touch('touchMove', a.x + 20 + ((b.x + 40 - a.x - 20) * i) / 20, a.y + a.height / 2 + ((b.y + 30 - a.y - a.height / 2) * i) / 20);
  await touch('touchEnd', 0, 0);
  await page.waitForTimeout(200);
  const s = await submits(page);
  check(
    'touch: press, drag, drop on Researching',
    s.some((x) => x.itemKey === 'mid.research.stall'),
    JSON.stringify(s),
  );
  await context.close();
}
await browser.close();
console.log(failed ? `${failed} failed` : 'all passed');
process.exit(failed ? 1 : 0);
