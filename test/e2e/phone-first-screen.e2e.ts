import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { GENERIC_TITLE, genericWorkshopVia } from '../helpers/generic-workshop';
import { ensurePhoneBundle, op } from './run-e2e-helpers';

// The room server's own first screen: the list of names (or the code form) as real forms in the
// HTML, tappable before the page's script has arrived on slow Wi-Fi, and working with no script
// at all. A tap made before the script is kept; so is one made while React takes over.

const PHONE = { viewport: SCREEN.phone, hasTouch: true, isMobile: true };
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const dana = (page: Page) => page.getByRole('button', { name: 'Dana Whitfield' });
/** The screen shown is React's (the server's carries data-cg-server). */
const reactScreen = (page: Page) => page.locator('#main:not([data-cg-server])').count();

/** Hold the page's script until `release()`: what a phone sees while it is still on its way. */
async function holdScript(context: BrowserContext) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/assets/participant-*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

describe('the phone page before (or without) its script', () => {
  let session: Session;
  let joinUrl = '';
  let joinCode = '';
  let origin = '';
  let workshopId = '';
  beforeAll(async () => {
    ensurePhoneBundle();
    session = await openSession(tempDir(), ['--lan-host', '127.0.0.1']);
    const workshop = await genericWorkshopVia((name, input) => op(session.serve, name, input));
    const room = await op<{ joinUrl: string; joinCode: string; origin: string }>(session.serve, 'room:open', { workshopId: workshop.id, host: '127.0.0.1' });
    ({ joinUrl, joinCode, origin } = room);
    workshopId = workshop.id;
  });
  afterAll(async () => {
    await session?.close();
  });
  const connections = async () => (await op<{ connections: number }>(session.serve, 'room:status')).connections;

  it('with JavaScript off: the code form, the list, a tap joins and stays joined on reload; "Not you?" goes back', async () => {
    const context = await session.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin);
    await page.getByLabel('Code from the screen').fill('QQQQQQ');
    await page.getByRole('button', { name: 'Join' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('That code does not match. Check the code on the screen.');
    await page.getByLabel('Code from the screen').fill(joinCode.toLowerCase());
    await page.getByRole('button', { name: 'Join' }).click();

    await poll(() => dana(page).isVisible()).toBe(true);
    expect(page.url()).toBe(joinUrl);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(GENERIC_TITLE);
    // Styled by the page itself: no stylesheet to wait for before the list can paint.
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
    expect(await dana(page).evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).not.toBe('0px');
    await shot(page, 'phone-names-no-js-390');
    await dana(page).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('You’re in, Dana Whitfield');
    // (Chromium with script execution switched off through DevTools still parses <noscript> as text: read it, not its box.)
    expect(await page.locator('noscript').textContent()).toContain('The activities need JavaScript');
    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('You’re in, Dana Whitfield');
    await page.getByRole('button', { name: 'Not you?' }).click();
    await poll(() => dana(page).isVisible()).toBe(true);
    await context.close();
  });

  it('a name tapped before the script arrives is kept: the script carries on as that person', async () => {
    const context = await session.browser.newContext(PHONE);
    const release = await holdScript(context);
    const page = await context.newPage();
    await page.goto(joinUrl, { waitUntil: 'commit' });
    await dana(page).tap();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('You’re in, Dana Whitfield');
    expect(await reactScreen(page)).toBe(0); // still the server's page: the script is held
    release();
    await poll(() => reactScreen(page)).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('You’re in, Dana Whitfield');
    await poll(connections).toBe(1); // joined on the room's socket, resumed with the device the form made
    expect(await page.evaluate(() => document.cookie)).toBe(''); // the token moved to the script's own storage
    await page.reload();
    await poll(() => page.getByTestId('waiting').textContent()).toContain('Dana Whitfield');
    await context.close();
    await poll(connections).toBe(0);
  });

  it('a finger still down on a name as the script arrives: the tap it makes is kept', async () => {
    const context = await session.browser.newContext({ viewport: SCREEN.phone });
    const release = await holdScript(context);
    const page = await context.newPage();
    await page.goto(joinUrl, { waitUntil: 'commit' });
    const box = (await dana(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    const scriptRan = page.waitForEvent('websocket'); // main.tsx opens the room's socket before React draws
    release();
    await scriptRan;
    await page.waitForTimeout(300); // the script has run; the finger is still down
    await page.mouse.up();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('You’re in, Dana Whitfield');
    await context.close();
  });

  it('a name tapped on React’s list before the room’s socket is open is sent once it opens', async () => {
    const context = await session.browser.newContext(PHONE);
    let connect!: () => void;
    const opened = new Promise<void>((resolve) => (connect = resolve));
    await context.routeWebSocket(/\/p\/ws/, async (ws) => {
      await opened;
      ws.connectToServer();
    });
    const page = await context.newPage();
    await page.goto(joinUrl);
    await poll(() => reactScreen(page)).toBe(1); // React drew the list the HTML carried, with no socket yet
    await dana(page).tap();
    connect();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('You’re in, Dana Whitfield');
    await poll(connections).toBe(1);
    await context.close();
    await poll(connections).toBe(0);
  });

  it('a page elsewhere (another loopback port) cannot join anyone with the room’s form, nor send it the code', async () => {
    const participants = (await op<{ participants: { id: string; name: string }[] }>(session.serve, 'workshop:get', { id: workshopId })).participants;
    const id = participants.find((p) => p.name === 'Dana Whitfield')!.id;
    // Knows the room's link and a name's id, and submits the room's own forms into frames.
    const attacker = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><title>Cats</title><iframe name="a"></iframe><iframe name="b"></iframe>
<form id="f" method="post" target="a" action="${joinUrl}"><input name="participant" value="${id}"></form>
<form id="g" method="post" target="b" action="${origin}/join"><input name="code" value="${joinCode}"></form>
<script>document.getElementById('f').submit(); document.getElementById('g').submit();</script>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    const context = await session.browser.newContext(PHONE);
    const page = await context.newPage();
    const refused: number[] = [];
    page.on('response', (r) => r.request().method() === 'POST' && refused.push(r.status()));
    await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
    await poll(() => refused.length).toBe(2);
    expect(refused).toEqual([403, 403]);
    expect(await context.cookies(origin)).toEqual([]); // no device handed to this browser
    await context.close();
    attacker.close();
  });

  it('what was typed in the code form before the script is kept, with the keyboard still in the field', async () => {
    const context = await session.browser.newContext(PHONE);
    const release = await holdScript(context);
    const page = await context.newPage();
    await page.goto(origin, { waitUntil: 'commit' });
    const field = page.getByLabel('Code from the screen');
    await field.click();
    await page.keyboard.type(joinCode.slice(0, 3));
    release();
    await poll(() => reactScreen(page)).toBe(1);
    expect(await field.inputValue()).toBe(joinCode.slice(0, 3));
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(joinCode.slice(3));
    await page.getByRole('button', { name: 'Join' }).click();
    await poll(() => dana(page).isVisible()).toBe(true);
    expect(page.url()).toBe(joinUrl);
    await context.close();
  });
});
