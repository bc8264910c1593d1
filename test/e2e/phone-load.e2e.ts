import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { GENERIC_TITLE, genericWorkshopVia } from '../helpers/generic-workshop';
import { ensurePhoneBundle, op } from './run-e2e-helpers';

// What a phone on slow room Wi-Fi sees before the page's script has arrived: the workshop's
// title and "Connecting…", from the HTML alone; and the same screen, in the same place, once
// React has taken over and is still waiting for the room.

const PHONE = { viewport: SCREEN.phone, hasTouch: true, isMobile: true };
const boxes = (page: Page) =>
  Promise.all([page.locator('.ph-kicker').boundingBox(), page.getByRole('heading', { level: 1, name: 'Connecting…' }).boundingBox()]);

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

  it('shows the title and "Connecting…" with no script at all, and React keeps them where they were', async () => {
    // No script: every JS asset refused.
    const bare = await session.browser.newContext(PHONE);
    const page = await bare.newPage();
    const refused: string[] = [];
    await page.route('**/assets/*.js', (route) => (refused.push(route.request().url()), route.abort()));
    await page.goto(joinUrl);
    expect(refused.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.ph-kicker').textContent()).toBe(GENERIC_TITLE);
    expect(await page.getByRole('heading', { level: 1, name: 'Connecting…' }).isVisible()).toBe(true);
    expect(await page.getByRole('status').textContent()).toBe('Finding the workshop on this network.');
    expect(await page.title()).toBe(`${GENERIC_TITLE} · Common Ground`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectNoSeriousA11yViolations(page, 'phone: first screen without script');
    await shot(page, 'phone-first-screen-no-js-390');
    const htmlOnly = await boxes(page);
    await bare.close();

    // With the script, but the room's socket never answering: React's own "Connecting…".
    const waiting = await session.browser.newContext(PHONE);
    await waiting.routeWebSocket(/\/ws|room=/, () => undefined); // accepted, then silence
    const live = await waiting.newPage();
    await live.goto(joinUrl);
    await expect.poll(() => live.locator('#cg-title').count()).toBe(0); // React replaced the HTML's first screen
    expect(await live.locator('.ph-kicker').textContent()).toBe(GENERIC_TITLE);
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
