import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREEN } from '../helpers/browser';
import { openSession, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { genericWorkshopVia } from '../helpers/generic-workshop';
import { ensurePhoneBundle, op } from './run-e2e-helpers';

// The focus rule (issue #15) in real Chromium, by keyboard: after each action the keyboard is
// somewhere that makes sense (the new screen's heading, the same button, its successor), never
// on <body>. Chromium drops focus to <body> when a focused button is disabled or removed.

/** What has the keyboard: its tag and text (or aria-label). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    return `${el.tagName} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}`;
  });
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

interface Detail {
  workshop: { id: string; title: string };
  participants: { id: string; name: string }[];
  activities: { id: string; kind: string; title: string }[];
}

describe('focus rule, by keyboard in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    ensurePhoneBundle();
    session = await openSession(tempDir(), ['--lan-host', '127.0.0.1']);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('Sample… → planner → Add Dot vote → Run workshop → Open for phones → Export → Make and download the report: focus never falls to <body>', async () => {
    const { page, errors } = await session.page(SCREEN.laptop);
    const sample = page.getByRole('button', { name: /^Sample:/ });
    await sample.focus();
    await page.keyboard.press('Enter');
    await poll(() => page.url()).toMatch(/#\/w\//);
    await poll(() => focused(page)).toMatch(/^H1 Sample: Sales & Marketing alignment kickoff/);

    const add = page.getByRole('button', { name: 'Add Dot vote' });
    const rows = await page.locator('[data-testid="agenda-row"]').count();
    await add.focus();
    await page.keyboard.press('Enter');
    await poll(() => page.locator('[data-testid="agenda-row"]').count()).toBe(rows + 1);
    await poll(() => focused(page)).toBe('BUTTON Add Dot vote');
    expect(await add.getAttribute('aria-busy')).toBeNull();

    await page.getByRole('link', { name: 'Run workshop' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => page.url()).toMatch(/#\/run\//);
    await poll(() => focused(page)).toMatch(/^H1 Sample: Sales & Marketing alignment kickoff/);

    await page.getByRole('button', { name: 'Open for phones' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe('BUTTON Close for phones');

    await page.getByRole('link', { name: 'Export' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => page.url()).toMatch(/#\/export\//);
    await poll(() => focused(page)).toMatch(/^H1 Export “Sample: Sales & Marketing alignment kickoff”/);

    const make = page.getByRole('button', { name: 'Make and download the report' });
    await make.focus();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe('BUTTON Making the report…');
    await download;
    await poll(() => focused(page)).toBe('BUTTON Make and download the report');
    expect(errors).toEqual([]);
  });

  it('a phone: the name list, joining, a dot vote to the last dot, the next activity (said aloud): focus on each new heading or the same button', async () => {
    const serve = session.serve;
    const workshop = await genericWorkshopVia((name, input) => op(serve, name, input));
    const detail = await op<Detail>(serve, 'workshop:get', { id: workshop.id });
    const vote = detail.activities.find((a) => a.kind === 'dotvote')!;
    const next = detail.activities[detail.activities.indexOf(vote) + 1]!;
    const room = await op<{ joinUrl: string }>(serve, 'room:open', { workshopId: workshop.id, host: '127.0.0.1' });
    await op(serve, 'run:start', { workshopId: workshop.id });
    await op(serve, 'run:goto', { workshopId: workshop.id, activityId: vote.id });

    const context = await session.browser.newContext({ viewport: SCREEN.phone, hasTouch: true, isMobile: true });
    const phone = await context.newPage();
    await phone.goto(room.joinUrl);
    const name = detail.participants[0]!.name;
    await poll(() => focused(phone)).toBe(`H1 ${detail.workshop.title}`); // the name list replaced “Connecting…”

    await phone.getByRole('button', { name }).focus();
    await phone.keyboard.press('Enter');
    await poll(() => focused(phone)).toBe(`H1 ${vote.title}`);

    // Spend every dot with the keyboard on one +, then the next: the + that spends the last dot keeps focus.
    const plus = phone.getByRole('button', { name: /^Add a dot to / });
    await plus.nth(0).focus();
    await phone.keyboard.press('Enter');
    await phone.keyboard.press('Enter');
    await plus.nth(1).focus();
    let guard = 0;
    while ((await phone.getByTestId('dot-tray').textContent())?.includes('0 of') !== true && guard++ < 10) await phone.keyboard.press('Enter');
    const last = await focused(phone);
    expect(last).toMatch(/^BUTTON Add a dot to /);
    expect(await phone.evaluate(() => document.activeElement?.getAttribute('aria-disabled'))).toBe('true');

    await op(serve, 'run:goto', { workshopId: workshop.id, activityId: next.id });
    await poll(() => focused(phone)).toBe(`H1 ${next.title}`);
    // The title ends in its own question mark: the phone says it with that one stop, not “…first?.”.
    expect(next.title).toMatch(/\?$/);
    await poll(() => phone.locator('.ph-sr').textContent()).toContain(`New activity: ${next.title}`);
    expect(await phone.locator('.ph-sr').textContent()).not.toContain(`${next.title}.`);
    await context.close();
  });
});
