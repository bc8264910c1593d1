import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { GENERIC_TITLE, genericWorkshopVia } from '../helpers/generic-workshop';
import { ensurePhoneBundle, op } from './run-e2e-helpers';

// What a phone on slow room Wi-Fi sees before the page's script has arrived: the workshop's
// title and the list of names, from the HTML alone; and the same screen, every name in the same
// place, once React has taken over, even while the room's socket has not answered yet.

const PHONE = { viewport: SCREEN.phone, hasTouch: true, isMobile: true };
const boxes = (page: Page) =>
  Promise.all(
    [
      page.getByRole('heading', { level: 1 }),
      ...['Dana Whitfield', 'Sofia Lindqvist', 'Not on the list? Add yourself'].map((name) => page.getByRole('button', { name })),
    ].map((l) => l.boundingBox()),
  );

describe('the phone page before its script', () => {
  let session: Session;
  let joinUrl = '';
  beforeAll(async () => {
    ensurePhoneBundle();
    session = await openSession(tempDir(), ['--lan-host', '127.0.0.1']);
    const workshop = await genericWorkshopVia((name, input) => op(session.serve, name, input));
    joinUrl = (await op<{ joinUrl: string }>(session.serve, 'room:open', { workshopId: workshop.id, host: '127.0.0.1' })).joinUrl;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the title and the names with no script at all, and React keeps each where it was', async () => {
    // No script: every JS asset refused.
    const bare = await session.browser.newContext(PHONE);
    const page = await bare.newPage();
    const refused: string[] = [];
    await page.route('**/assets/*.js', (route) => (refused.push(route.request().url()), route.abort()));
    await page.goto(joinUrl);
    expect(refused.length).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(GENERIC_TITLE);
    expect(await page.getByRole('button', { name: 'Dana Whitfield' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Not on the list? Add yourself' }).isDisabled()).toBe(true); // until the script is here
    expect(await page.title()).toBe(`${GENERIC_TITLE} · Common Ground`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectNoSeriousA11yViolations(page, 'phone: first screen without script');
    await shot(page, 'phone-first-screen-no-js-390');
    const htmlOnly = await boxes(page);
    await bare.close();

    // With the script, but the room's socket never answering: React's own list, from the one the HTML carried.
    const waiting = await session.browser.newContext(PHONE);
    await waiting.routeWebSocket(/\/ws|room=/, () => undefined); // accepted, then silence
    const live = await waiting.newPage();
    await live.goto(joinUrl);
    await expect.poll(() => live.locator('[data-cg-server]').count()).toBe(0); // React replaced the HTML's first screen
    expect(await live.getByRole('button', { name: 'Not on the list? Add yourself' }).isEnabled()).toBe(true);
    expect(await boxes(live)).toEqual(htmlOnly);
    await waiting.close();

    // And with everything: the name list.
    const normal = await session.browser.newContext(PHONE);
    const full = await normal.newPage();
    await full.goto(joinUrl);
    await expect.poll(() => full.getByRole('button', { name: 'Dana Whitfield' }).isVisible(), { timeout: 15_000 }).toBe(true);
    await normal.close();
  });
});
