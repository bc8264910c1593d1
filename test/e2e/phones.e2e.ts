import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { ensurePhoneBundle, op, touchDragToZone } from './run-e2e-helpers';
import { genericWorkshopVia } from '../helpers/generic-workshop';

// Phones on the room's network (loopback here: --lan-host 127.0.0.1, never a LAN address).

interface Room {
  joinUrl: string;
  joinCode: string;
  origin: string;
}
interface Detail {
  activities: { id: string; kind: string; title: string }[];
}

const poll = <T>(fn: () => T | Promise<T>, timeout = 10_000) => expect.poll(fn, { timeout });
const zoneOf = (page: Page, cardId: string) =>
  page
    .locator(`[data-card-id="${cardId}"]`)
    .evaluate((el) => el.closest('[data-testid="drop-zone"]')?.getAttribute('data-zone-id') ?? null)
    .catch(() => null);
const responded = (page: Page) => page.getByTestId('responded').textContent();
const PHONE = { ...SCREEN.phone };

describe('phones in the room', () => {
  let session: Session;
  beforeAll(async () => {
    ensurePhoneBundle();
    session = await openSession(tempDir(), ['--lan-host', '127.0.0.1']);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('join by QR link or by code, answer by touch, resume after a reload, and see the room close', async () => {
    const serve = session.serve;
    const workshop = await genericWorkshopVia((name, input) => op(serve, name, input));
    const detail = await op<Detail>(serve, 'workshop:get', { id: workshop.id });
    const sort = detail.activities.find((a) => a.kind === 'cardsort')!;
    const room = await op<Room>(serve, 'room:open', { workshopId: workshop.id, host: '127.0.0.1' });
    expect(room.joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/j\/[A-Za-z0-9_-]{43}$/);
    expect(room.joinCode).toMatch(/^[A-Z0-9]{6}$/);

    // The projector before the start: the way in, full screen.
    const projector = await session.page(SCREEN.desktop);
    const pr = projector.page;
    await pr.goto(`${serve.origin}/#/present/${workshop.id}`);
    await poll(() => pr.getByTestId('join-code').textContent()).toContain(`${room.joinCode.slice(0, 3)}\u2009${room.joinCode.slice(3)}`);
    expect(await pr.getByTestId('join-address').textContent()).toBe(room.origin.replace('http://', ''));
    const qr = await pr.getByRole('img', { name: /QR code/ }).boundingBox();
    expect(qr!.width).toBeGreaterThanOrEqual(300);
    await expectNoSeriousA11yViolations(pr, 'presenter: join screen');
    await shot(pr, 'presenter-join-1920');

    // Phone 1 scans the QR code (opens the join link) and picks a name.
    const one = await session.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const p1 = await trackedPage(one);
    await p1.page.goto(room.joinUrl);
    await poll(() => p1.page.getByRole('button', { name: 'Dana Whitfield' }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(p1.page, 'phone: join');
    await shot(p1.page, 'phone-join-390');
    await p1.page.getByRole('button', { name: 'Dana Whitfield' }).tap();
    await poll(() => p1.page.getByRole('heading', { level: 1, name: 'You’re in, Dana Whitfield' }).isVisible()).toBe(true);

    // Phone 2 types the code at the bare address.
    const two = await session.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const p2 = await trackedPage(two);
    await p2.page.goto(`${room.origin}/`);
    await poll(() => p2.page.getByRole('heading', { level: 1, name: 'Join the workshop' }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(p2.page, 'phone: code entry');
    await shot(p2.page, 'phone-code-390');
    await p2.page.getByLabel('Code from the screen').fill('WRONG1');
    await p2.page.getByRole('button', { name: 'Join' }).tap();
    await poll(() => p2.page.getByRole('alert').textContent()).toContain('That code does not match');
    await p2.page.getByLabel('Code from the screen').fill(`${room.joinCode.slice(0, 3).toLowerCase()} ${room.joinCode.slice(3)}`);
    await p2.page.getByRole('button', { name: 'Join' }).tap();
    await poll(() => p2.page.url()).toBe(room.joinUrl);
    await p2.page.getByRole('button', { name: 'Hannah Brooks' }).tap();
    await poll(() => p2.page.getByRole('heading', { level: 1, name: 'You’re in, Hannah Brooks' }).isVisible()).toBe(true);

    // Phone 3 is not on the list and adds themself.
    const three = await session.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const p3 = await trackedPage(three);
    await p3.page.goto(room.joinUrl);
    await p3.page.getByRole('button', { name: 'Not on the list? Add yourself' }).tap();
    await p3.page.getByLabel('Your name').fill('Sam Okafor');
    await p3.page.getByRole('radio', { name: 'Marketing' }).check();
    await expectNoSeriousA11yViolations(p3.page, 'phone: add yourself');
    await p3.page.getByRole('button', { name: 'Join', exact: true }).tap();
    await poll(() => p3.page.getByRole('heading', { level: 1, name: 'You’re in, Sam Okafor' }).isVisible()).toBe(true);

    // The facilitator starts and moves to the card sort: every phone follows.
    await op(serve, 'run:start', { workshopId: workshop.id });
    await op(serve, 'run:goto', { workshopId: workshop.id, activityId: sort.id });
    await poll(() => responded(pr)).toBe('0 of 11 responded'); // 10 on the list plus Sam
    await poll(() => pr.getByTestId('join-panel').getAttribute('class')).toContain('cg-join-compact');

    const phones = [
      { p: p1, context: one, card: 'sig1', column: 'col1' },
      { p: p2, context: two, card: 'sig1', column: 'col2' },
      { p: p3, context: three, card: 'sig2', column: 'col1' },
    ];
    for (const [i, { p, context, card, column }] of phones.entries()) {
      await poll(() => p.page.getByRole('heading', { level: 1, name: sort.title }).isVisible()).toBe(true);
      await poll(() => p.page.locator(`[data-card-id="${card}"]`).isVisible()).toBe(true);
      await touchDragToZone(context, p.page, p.page.locator(`[data-card-id="${card}"] .cgv-card-text`), column);
      await poll(() => zoneOf(p.page, card)).toBe(column);
      await poll(() => p.page.locator('.cgv-saved').textContent()).toContain('Saved'); // only after the server's ack
      await poll(() => responded(pr)).toBe(`${i + 1} of 11 responded`);
    }
    await expectNoSeriousA11yViolations(p1.page, 'phone: card sort');
    await poll(() => p1.page.locator('.cgv-card-lifted').count()).toBe(0);
    await p1.page.evaluate(() => window.scrollTo(0, 0));
    await shot(p1.page, 'phone-cardsort-390');
    await shot(pr, 'presenter-cardsort-phones-1920');

    // Phone 1 reloads mid-activity: the same person, with the answer already given.
    await p1.page.reload();
    await poll(() => p1.page.getByRole('heading', { level: 1, name: sort.title }).isVisible()).toBe(true);
    expect(await p1.page.locator('.ph-me').textContent()).toContain('Dana Whitfield');
    await poll(() => zoneOf(p1.page, 'sig1')).toBe('col1');
    expect(await p1.page.getByRole('button', { name: 'Dana Whitfield' }).count()).toBe(0); // no name picking again
    await poll(() => responded(pr)).toBe('3 of 11 responded'); // still three people, not four

    // The facilitator closes the room: every phone says so within about a second.
    const closedAt = Date.now();
    await op(serve, 'room:close');
    for (const { p } of phones) await poll(() => p.page.getByTestId('closed').isVisible(), 2_000).toBe(true);
    expect(Date.now() - closedAt).toBeLessThan(2_000);
    expect(await p2.page.getByRole('heading', { level: 1 }).textContent()).toBe('Thanks for taking part');
    await expectNoSeriousA11yViolations(p2.page, 'phone: closed');
    await shot(p2.page, 'phone-closed-390');
    await poll(() => pr.getByTestId('join-panel').count()).toBe(0);

    // Chromium logs the refused wrong code (POST /join → 400) as a failed resource: the one expected entry.
    const wrongCode = 'Failed to load resource: the server responded with a status of 400 (Bad Request)';
    expect(p2.errors.filter((e) => e !== wrongCode)).toEqual([]);
    expect(p2.errors.filter((e) => e === wrongCode)).toHaveLength(1);
    for (const { p } of [phones[0]!, phones[2]!]) expect(p.errors).toEqual([]);
    expect(projector.errors).toEqual([]);
    await Promise.all([one.close(), two.close(), three.close()]);
  });
});

async function trackedPage(context: Awaited<ReturnType<Session['browser']['newContext']>>) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, errors };
}
